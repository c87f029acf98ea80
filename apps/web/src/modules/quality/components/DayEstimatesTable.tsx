import { FILL_METHOD_LABELS, type FillMethod, type QualityDay } from '@jiliang/shared';
import { Card, Table, Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';

type Reading = QualityDay['readings'][number];

/**
 * The day's estimated values, in a card of their own with a dashed orange border and the 估算 tag on every row, so they
 * are never read as measurements (issue 6 §3).
 */
export const DayEstimatesTable = ({ readings, unit }: { readings: readonly Reading[]; unit: string }) => {
  const { t, pick } = useLocale();
  const estimates = readings.filter((r) => r.estimated);
  if (estimates.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('quality.estimates')}
      style={{ border: '1px dashed #fa8c16', background: '#fffaf0' }}
      data-testid="quality-day-estimates"
    >
      <Table<Reading>
        size="small"
        rowKey="ts"
        dataSource={estimates}
        pagination={{ pageSize: 24, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { key: 'ts', title: t('quality.time'), width: 180, render: (_, r) => formatShanghaiTime(r.ts) },
          {
            key: 'value',
            title: `${t('quality.value')} (${unit})`,
            width: 140,
            align: 'right',
            render: (_, r) => <i style={{ color: '#d46b08' }}>{r.value}</i>,
          },
          { key: 'tag', title: '', width: 70, render: () => <Tag color="orange">{t('quality.estimatedTag')}</Tag> },
          {
            key: 'method',
            title: t('quality.method'),
            render: (_, r) => (r.method && r.method in FILL_METHOD_LABELS ? pick(FILL_METHOD_LABELS[r.method as FillMethod]) : r.method),
          },
        ]}
      />
    </Card>
  );
};
