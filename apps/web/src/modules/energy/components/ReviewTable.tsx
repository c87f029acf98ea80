import type { EnergyReviewSummary } from '@jiliang/shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Page } from '../../api/utils/Page.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { ReviewVerdictTag } from './ReviewVerdictTag.tsx';

type Props = {
  data: Page<EnergyReviewSummary> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/** A unit's GB 17167 reviews, newest first. */
export const ReviewTable = ({ data, loading, page, pageSize, onPageChange }: Props) => {
  const { t } = useLocale();
  const columns: ColumnsType<EnergyReviewSummary> = [
    {
      key: 'date',
      title: t('review.date'),
      render: (_, r) => (
        <Link to={`/energy/reviews/${r.id}`} data-testid="review-link">
          {r.reviewDate}
        </Link>
      ),
    },
    { key: 'serial', title: t('review.serial'), render: (_, r) => `能计审〔${r.reviewDate.slice(0, 4)}〕${r.serial}号` },
    { key: 'reviewer', title: t('review.reviewer'), render: (_, r) => r.reviewerName ?? '—' },
    { key: 'edition', title: t('review.edition'), dataIndex: 'editionApplied' },
    { key: 'score', title: t('review.score'), dataIndex: 'score', align: 'right' },
    { key: 'verdict', title: t('review.verdict'), render: (_, r) => <ReviewVerdictTag verdict={r.verdict} /> },
    { key: 'failed', title: t('review.failedFindings'), dataIndex: 'failedFindings', align: 'right' },
    { key: 'open', title: t('review.openItems'), dataIndex: 'openItems', align: 'right' },
  ];
  return (
    <Table<EnergyReviewSummary>
      data-testid="review-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      locale={{ emptyText: t('review.none') }}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: onPageChange }}
    />
  );
};
