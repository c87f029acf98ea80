import type { InstrumentStatus } from '@jiliang/shared';
import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const COLORS: Record<InstrumentStatus, string> = { in_service: 'blue', spare: 'cyan', under_repair: 'gold', retired: 'default' };

export const InstrumentStatusTag = ({ status }: { status: InstrumentStatus }) => {
  const { t } = useLocale();
  return (
    <Tag color={COLORS[status]} data-testid="instrument-status">
      {t(`instrumentStatus.${status}`)}
    </Tag>
  );
};
