import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** 合格 / 不合格 of a review. */
export const ReviewVerdictTag = ({ verdict }: { verdict: 'pass' | 'fail' }) => {
  const { t } = useLocale();
  return <Tag color={verdict === 'pass' ? 'success' : 'error'}>{t(`review.verdict.${verdict}`)}</Tag>;
};
