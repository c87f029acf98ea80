import { Table } from 'antd';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { useBatches } from '../hooks/useBatches.ts';
import type { BatchRow } from '../utils/ReadingViews.ts';

/** 批次回执: the receipts of an enterprise's batches, newest first. */
export const BatchTable = ({ enterpriseId }: { enterpriseId: string }) => {
  const { t } = useLocale();
  const batches = useBatches(enterpriseId);
  if (batches.error) return <ApiErrorAlert error={batches.error} />;
  return (
    <Table<BatchRow>
      size="small"
      rowKey="id"
      loading={batches.isFetching}
      dataSource={batches.data ?? []}
      pagination={{ pageSize: 10 }}
      data-testid="batch-table"
      columns={[
        { title: t('batch.receivedAt'), dataIndex: 'receivedAt', render: (at: string) => formatShanghaiTime(at), width: 170 },
        { title: t('batch.source'), dataIndex: 'source', width: 80 },
        { title: t('batch.file'), dataIndex: 'filename', render: (name: string | null) => name ?? '—' },
        { title: t('batch.actor'), dataIndex: 'actorLabel' },
        { title: t('batch.rows'), dataIndex: 'rowCount', align: 'right' },
        { title: t('batch.accepted'), dataIndex: 'accepted', align: 'right' },
        { title: t('batch.duplicate'), dataIndex: 'duplicate', align: 'right' },
        { title: t('batch.revised'), dataIndex: 'revised', align: 'right' },
        { title: t('batch.rejected'), dataIndex: 'rejected', align: 'right' },
      ]}
    />
  );
};
