import type { FactorUse } from '@jiliang/shared';
import { Flex, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { SOURCE_PARAMETER_LABELS } from '../utils/sourceParameterLabels.ts';
import { ConfirmationTag } from './ConfirmationTag.tsx';

/** The factor versions a run used for one source: parameter, code and version, value, and the confirmation tag. */
export const FactorUseList = ({ factors }: { factors: readonly FactorUse[] }) => {
  const { pick } = useLocale();
  if (factors.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {factors.map((factor) => {
        const label = SOURCE_PARAMETER_LABELS[factor.parameter];
        return (
          <Flex key={factor.parameter} gap={6} align="center" wrap>
            <Typography.Text type="secondary">{label ? pick(label) : factor.parameter}</Typography.Text>
            <Typography.Text code>{`${factor.code} v${String(factor.version)}`}</Typography.Text>
            <Typography.Text>{`${String(factor.value)} ${factor.unit}`}</Typography.Text>
            <ConfirmationTag confirmation={factor.confirmation} />
          </Flex>
        );
      })}
    </Flex>
  );
};
