import type { DemandAnalysis } from '@jiliang/shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

type Row = DemandAnalysis['mostUncertain'][number];

/** The key parameters measured with the largest relative uncertainty, and what that figure rests on. */
export const DemandUncertainTable = ({ analysis }: { analysis: DemandAnalysis }) => {
  const { t } = useLocale();
  const columns: ColumnsType<Row> = [
    { key: 'unit', title: t('energy.unit'), dataIndex: 'enterpriseName' },
    { key: 'industry', title: t('demand.industry'), dataIndex: 'industry' },
    { key: 'code', title: t('review.col.instrument'), render: (_, r) => `${r.code} ${r.name}` },
    { key: 'medium', title: t('review.col.medium'), render: (_, r) => t(`medium.${r.medium}`) },
    { key: 'u', title: t('demand.relative'), align: 'right', render: (_, r) => r.relativePct.toFixed(2) },
    { key: 'source', title: t('demand.source'), render: (_, r) => t(`demand.source.${r.source}`) },
  ];
  return (
    <Table<Row>
      data-testid="demand-uncertain"
      rowKey={(r) => `${r.enterpriseId}|${r.code}`}
      size="small"
      columns={columns}
      dataSource={analysis.mostUncertain}
      pagination={false}
    />
  );
};
