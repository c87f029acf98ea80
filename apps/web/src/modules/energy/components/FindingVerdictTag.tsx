import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const COLORS = { pass: 'success', fail: 'error', not_applicable: 'default' } as const;

/** 符合 / 不符合 / 不适用 of one finding. */
export const FindingVerdictTag = ({ verdict }: { verdict: 'pass' | 'fail' | 'not_applicable' }) => {
  const { t } = useLocale();
  return <Tag color={COLORS[verdict]}>{t(`review.findingVerdict.${verdict}`)}</Tag>;
};
