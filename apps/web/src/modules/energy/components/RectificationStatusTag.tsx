import type { RectificationStatus } from '@jiliang/shared';
import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const COLORS: Record<RectificationStatus, string> = { open: 'warning', in_progress: 'processing', closed: 'success' };

export const RectificationStatusTag = ({ status }: { status: RectificationStatus }) => {
  const { t } = useLocale();
  return <Tag color={COLORS[status]}>{t(`rectification.status.${status}`)}</Tag>;
};
