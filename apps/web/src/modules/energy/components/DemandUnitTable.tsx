import type { DemandAnalysis } from '@jiliang/shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { ReviewVerdictTag } from './ReviewVerdictTag.tsx';

type Row = DemandAnalysis['enterprises'][number];

/** Each unit served: why it is in the analysis, its unmeasured parameters, uncalibrated instruments and latest review. */
export const DemandUnitTable = ({ analysis }: { analysis: DemandAnalysis }) => {
  const { t } = useLocale();
  const columns: ColumnsType<Row> = [
    { key: 'name', title: t('energy.unit'), dataIndex: 'name' },
    { key: 'industry', title: t('demand.industry'), dataIndex: 'industry' },
    { key: 'basis', title: t('demand.basis'), render: (_, r) => t(`demand.basis.${r.basis}`) },
    { key: 'instruments', title: t('demand.instruments'), dataIndex: 'instruments', align: 'right' },
    { key: 'uncalibrated', title: t('demand.uncalibrated'), dataIndex: 'uncalibrated', align: 'right' },
    { key: 'points', title: t('demand.pointsWithoutInstrument'), dataIndex: 'pointsWithoutInstrument', align: 'right' },
    {
      key: 'unmeasured',
      title: t('demand.unmeasured'),
      render: (_, r) =>
        r.unmeasured.map((u) => (
          <Tag key={`${u.medium}-${u.reason}`} title={u.reason}>
            {t(`medium.${u.medium}`)}
          </Tag>
        )),
    },
    {
      key: 'review',
      title: t('demand.latestReview'),
      render: (_, r) =>
        r.latestReview ? (
          <Link to={`/energy/reviews/${r.latestReview.id}`}>
            {`${r.latestReview.reviewDate} · ${r.latestReview.score} `}
            <ReviewVerdictTag verdict={r.latestReview.verdict} />
          </Link>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<Row>
      data-testid="demand-units"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={analysis.enterprises}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
    />
  );
};
