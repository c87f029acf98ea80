import { Empty, Timeline, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import type { StatusHistoryEntry } from '../hooks/useStatusHistory.ts';

/** Status changes with their reasons, in the order they happened; nothing is ever deleted. */
export const StatusHistoryTimeline = ({ entries }: { entries: readonly StatusHistoryEntry[] }) => {
  const { t } = useLocale();
  if (entries.length === 0) return <Empty description={t('instrumentPage.noHistory')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="status-history"
      items={entries.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: entry.toStatus === 'retired' ? 'gray' : entry.toStatus === 'in_service' ? 'blue' : 'orange',
        content: (
          <>
            <Typography.Text strong>
              {t('instrumentPage.statusEntry', {
                from: entry.fromStatus ? t(`instrumentStatus.${entry.fromStatus}`) : t('instrumentPage.registered'),
                to: t(`instrumentStatus.${entry.toStatus}`),
              })}
            </Typography.Text>
            <div>{entry.reason}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatShanghaiTime(entry.at)} · {entry.actorLabel}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
};
