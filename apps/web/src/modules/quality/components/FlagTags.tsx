import { Tag } from 'antd';
import type { QualityFlag } from '@jiliang/shared';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { listFlagLabels } from '../utils/listFlagLabels.ts';

const COLOURS: Partial<Record<QualityFlag, string>> = { estimated: 'orange', calibration: 'purple', completeness: 'gold', gap: 'gold' };

/** A reading's or a day's flag bits as tags (labels of packages/shared quality.ts); the estimated bit in orange. */
export const FlagTags = ({ mask }: { mask: number }) => {
  const { locale } = useLocale();
  return (
    <>
      {listFlagLabels(mask, locale).map(({ flag, label }) => (
        <Tag key={flag} color={COLOURS[flag] ?? 'red'} data-testid={`flag-${flag}`}>
          {label}
        </Tag>
      ))}
    </>
  );
};
