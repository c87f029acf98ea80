import type { ActivityOrigin } from '@jiliang/shared';
import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const COLORS: Record<ActivityOrigin, string> = { measured: 'green', mixed: 'blue', estimated: 'orange' };

/** Where a source's activity data came from: 实测 (rollups of metered points), 估算 (manual entries), or 混合. */
export const OriginTag = ({ origin }: { origin: ActivityOrigin }) => {
  const { t } = useLocale();
  return (
    <Tag color={COLORS[origin]} data-testid={`origin-${origin}`}>
      {t(`carbon.origin.${origin}`)}
    </Tag>
  );
};
