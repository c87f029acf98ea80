import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { EnterprisePicker } from '../../readings/components/EnterprisePicker.tsx';
import type { EnergyUnit } from '../hooks/useEnergyUnit.ts';

type Props = { unit: EnergyUnit | undefined; own: EnergyUnit | undefined; onPick: (id: string, name: string) => void; extra?: ReactNode };

/** Which unit the screen is about: one's own, or an enterprise chosen within the role's scope. */
export const UnitBar = ({ unit, own, onPick, extra }: Props) => {
  const { t } = useLocale();
  return (
    <Flex gap={12} align="center" wrap justify="space-between">
      <Flex gap={8} align="center" style={{ minWidth: 320 }}>
        <Typography.Text strong>{t('energy.unit')}</Typography.Text>
        <div style={{ flex: 1, minWidth: 260 }}>
          <EnterprisePicker fixed={own} value={unit?.id} onChange={onPick} />
        </div>
      </Flex>
      {extra}
    </Flex>
  );
};
