import { FACTOR_CONFIRMATION_LABELS, type FactorConfirmation } from '@jiliang/shared';
import { Tag, Tooltip } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { confirmationColor } from '../utils/confirmationColor.ts';
import { isUnconfirmed } from '../utils/isUnconfirmed.ts';

/**
 * How far a factor value can be trusted (STANDARDS.md tags), visible wherever the value is used: a coloured Tag,
 * S2 and M in the warning colour as 待核实, the tag's meaning in the tooltip.
 */
export const ConfirmationTag = ({ confirmation }: { confirmation: FactorConfirmation }) => {
  const { t, pick } = useLocale();
  return (
    <Tooltip title={pick(FACTOR_CONFIRMATION_LABELS[confirmation])}>
      <Tag color={confirmationColor(confirmation)} data-testid={`confirmation-${confirmation}`} style={{ marginInlineEnd: 0 }}>
        {isUnconfirmed(confirmation) ? `${confirmation} · ${t('carbon.unconfirmed')}` : confirmation}
      </Tag>
    </Tooltip>
  );
};
