import type { DemandAnalysis } from '@jiliang/shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

type Row = { key: string; industry: string; enterprises: number } & DemandAnalysis['byIndustry'][number]['media'][number];

/** By industry and energy type: units, instruments, how many unmeasured or uncalibrated, the largest uncertainty. */
export const DemandIndustryTable = ({ analysis }: { analysis: DemandAnalysis }) => {
  const { t } = useLocale();
  const rows: Row[] = analysis.byIndustry.flatMap((industry) =>
    industry.media.map((m) => ({ ...m, key: `${industry.industry}|${m.medium}`, industry: industry.industry, enterprises: m.enterprises })),
  );
  const columns: ColumnsType<Row> = [
    { key: 'industry', title: t('demand.industry'), dataIndex: 'industry' },
    { key: 'medium', title: t('review.col.medium'), render: (_, r) => t(`medium.${r.medium}`) },
    { key: 'enterprises', title: t('demand.enterprises'), dataIndex: 'enterprises', align: 'right' },
    { key: 'instruments', title: t('demand.instruments'), dataIndex: 'instruments', align: 'right' },
    { key: 'unmeasured', title: t('demand.unmeasuredEnterprises'), dataIndex: 'unmeasuredEnterprises', align: 'right' },
    { key: 'uncalibrated', title: t('demand.uncalibrated'), dataIndex: 'uncalibrated', align: 'right' },
    { key: 'points', title: t('demand.pointsWithoutInstrument'), dataIndex: 'pointsWithoutInstrument', align: 'right' },
    {
      key: 'u',
      title: t('demand.maxUncertainty'),
      align: 'right',
      render: (_, r) => (r.maxUncertaintyPct === null ? '—' : r.maxUncertaintyPct.toFixed(2)),
    },
  ];
  return (
    <Table<Row>
      data-testid="demand-industry"
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
};
