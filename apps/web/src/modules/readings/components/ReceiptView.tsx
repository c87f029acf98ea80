import type { BatchReceipt } from '@jiliang/shared';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';

/** A batch receipt (sent after commit): counts and the rejected rows by number, field and reason. */
export const ReceiptView = ({ receipt }: { receipt: BatchReceipt }) => {
  const { t } = useLocale();
  const counts = [
    { key: 'rows', title: t('batch.rows'), value: receipt.rows },
    { key: 'accepted', title: t('batch.accepted'), value: receipt.accepted },
    { key: 'duplicate', title: t('batch.duplicate'), value: receipt.duplicate },
    { key: 'revised', title: t('batch.revised'), value: receipt.revised },
    { key: 'rejected', title: t('batch.rejected'), value: receipt.rejected.length },
  ];
  return (
    <Card size="small" title={t('batch.receipt')} data-testid="batch-receipt">
      <Typography.Text type="secondary">
        {receipt.batchId} · {formatShanghaiTime(receipt.committedAt)}
      </Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        {counts.map((count) => (
          <Col key={count.key} span={4} data-testid={`receipt-${count.key}`}>
            <Statistic title={count.title} value={count.value} />
          </Col>
        ))}
      </Row>
      {receipt.rejected.length > 0 && (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          rowKey={(row) => `${String(row.row)}-${row.field}`}
          dataSource={receipt.rejected}
          pagination={false}
          data-testid="receipt-rejected-rows"
          columns={[
            { title: t('quarantine.row'), dataIndex: 'row', width: 80 },
            { title: t('quarantine.field'), dataIndex: 'field', width: 120 },
            { title: t('quarantine.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Card>
  );
};
