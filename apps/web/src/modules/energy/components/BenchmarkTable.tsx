import type { Benchmark } from '@jiliang/shared';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { BenchmarkVerdictTag } from './BenchmarkVerdictTag.tsx';

const dash = (v: number | null) => (v === null ? '—' : v);

/** A unit's benchmarks: unit consumption against the tiers, the gap to advanced, the lines and their evidence. */
export const BenchmarkTable = ({ benchmarks, loading }: { benchmarks: Benchmark[]; loading: boolean }) => {
  const { t } = useLocale();
  const columns: ColumnsType<Benchmark> = [
    { key: 'indicator', title: t('benchmark.indicator'), render: (_, b) => `${b.label}（${b.category}）` },
    { key: 'period', title: t('benchmark.period'), render: (_, b) => `${b.period.from} – ${b.period.to}` },
    { key: 'value', title: t('benchmark.unitConsumption'), align: 'right', render: (_, b) => `${b.unitConsumption.toFixed(2)} ${b.unit}` },
    {
      key: 'tiers',
      title: t('benchmark.tiers'),
      render: (_, b) => `${b.tiers.existing} / ${dash(b.tiers.new)} / ${dash(b.tiers.advanced)}`,
    },
    { key: 'verdict', title: t('review.verdict'), render: (_, b) => <BenchmarkVerdictTag verdict={b.verdict} /> },
    {
      key: 'gap',
      title: t('benchmark.gap'),
      align: 'right',
      render: (_, b) => (b.gapToAdvanced === null ? '—' : b.gapToAdvanced.toFixed(2)),
    },
    { key: 'clause', title: t('review.col.text'), render: (_, b) => `${b.clause} [${b.confirmation}]` },
  ];
  return (
    <Table<Benchmark>
      data-testid="benchmark-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={benchmarks}
      loading={loading}
      locale={{ emptyText: t('benchmark.none') }}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (b) => (
          <Typography.Paragraph style={{ margin: 0 }}>
            {b.lines.map((l) => (
              <div key={`${l.energy}-${l.pointId ?? l.evidence}`}>
                {`${l.energy}：${l.quantity.toFixed(1)} ${l.unit}${l.kgce === null ? '' : ` = ${l.kgce.toFixed(0)} kgce`}（${l.evidence}）`}
              </div>
            ))}
            <div>{`${t('benchmark.production')}：${b.production.quantity} ${b.production.unit}（${b.production.evidence}）`}</div>
            {b.warnings.length > 0 && (
              <Typography.Text type="warning">{`${t('benchmark.warnings')}：${b.warnings.join('；')}`}</Typography.Text>
            )}
            <div>{b.text}</div>
          </Typography.Paragraph>
        ),
      }}
    />
  );
};
