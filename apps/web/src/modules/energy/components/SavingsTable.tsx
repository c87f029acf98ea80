import type { Savings } from '@jiliang/shared';
import { Descriptions, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const n = (v: number, digits = 1) => v.toFixed(digits);

/** Savings verifications: savings ± U, the rate, the fit; the model and the months expand. */
export const SavingsTable = ({ items, loading }: { items: Savings[]; loading: boolean }) => {
  const { t } = useLocale();
  const columns: ColumnsType<Savings> = [
    { key: 'title', title: t('savings.title'), dataIndex: 'title' },
    {
      key: 'baseline',
      title: t('savings.baseline'),
      render: (_, s) => `${s.baseline[0]?.period ?? ''} – ${s.baseline.at(-1)?.period ?? ''}`,
    },
    {
      key: 'reporting',
      title: t('savings.reporting'),
      render: (_, s) => `${s.reporting[0]?.period ?? ''} – ${s.reporting.at(-1)?.period ?? ''}`,
    },
    {
      key: 'savings',
      title: `${t('savings.savings')} ± U`,
      align: 'right',
      render: (_, s) => `${n(s.savings)} ± ${n(s.uncertainty.expanded)} ${s.energyUnit}`,
    },
    {
      key: 'rate',
      title: t('savings.rate'),
      align: 'right',
      render: (_, s) => (s.savingsRate === null ? '—' : `${(s.savingsRate * 100).toFixed(2)} %`),
    },
    { key: 'r2', title: 'R²', align: 'right', render: (_, s) => s.model.rSquared.toFixed(3) },
  ];
  return (
    <Table<Savings>
      data-testid="savings-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      locale={{ emptyText: t('savings.none') }}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (s) => (
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item
              label={t('savings.model')}
            >{`E = ${n(s.model.intercept, 2)} + ${n(s.model.slope, 4)}·P（n = ${s.model.n}）`}</Descriptions.Item>
            <Descriptions.Item label={t('savings.uncertainty', { k: s.uncertainty.k })}>
              {`${n(s.uncertainty.expanded, 2)} ${s.energyUnit}（u = ${n(s.uncertainty.standardUncertainty, 2)}）`}
            </Descriptions.Item>
            <Descriptions.Item label={t('savings.adjusted')}>{`${n(s.adjustedBaseline)} ${s.energyUnit}`}</Descriptions.Item>
            <Descriptions.Item label={t('savings.reportingEnergy')}>{`${n(s.reportingEnergy)} ${s.energyUnit}`}</Descriptions.Item>
            <Descriptions.Item label={t('savings.extrapolated')}>{s.extrapolated.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('savings.evidence')}>{`${s.evidence}（${s.clause}）`}</Descriptions.Item>
          </Descriptions>
        ),
      }}
    />
  );
};
