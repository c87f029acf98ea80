import type { QualityDay } from '@jiliang/shared';
import { Table } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { FlagTags } from './FlagTags.tsx';

type Reading = QualityDay['readings'][number];

/** The day's measured readings with their flag tags; a flagged reading's row is tinted. Estimates are not here. */
export const DayReadingsTable = ({ readings, unit }: { readings: readonly Reading[]; unit: string }) => {
  const { t } = useLocale();
  return (
    <Table<Reading>
      size="small"
      rowKey="ts"
      data-testid="quality-day-readings"
      dataSource={readings.filter((r) => !r.estimated)}
      pagination={false}
      scroll={{ y: 480 }}
      rowClassName={(r) => (r.flags === 0 ? '' : 'quality-flagged')}
      onRow={(r) => ({ style: r.flags === 0 ? {} : { background: '#fff1f0' } })}
      columns={[
        { key: 'ts', title: t('quality.time'), width: 180, render: (_, r) => formatShanghaiTime(r.ts) },
        { key: 'value', title: `${t('quality.value')} (${unit})`, width: 140, align: 'right', render: (_, r) => r.value },
        { key: 'flags', title: t('quality.flags'), render: (_, r) => <FlagTags mask={r.flags} /> },
      ]}
    />
  );
};
