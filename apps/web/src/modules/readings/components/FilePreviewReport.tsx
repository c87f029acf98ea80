import { Alert, Card, Table, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { FilePreview } from '../utils/ReadingViews.ts';

/** The validation report of a preview: counts, the bad rows by number, field and reason, and sample rows. */
export const FilePreviewReport = ({ preview }: { preview: FilePreview }) => {
  const { t } = useLocale();
  return (
    <Card size="small" title={t('upload.report')} data-testid="upload-preview">
      <Alert
        type={preview.rejected.length ? 'warning' : 'success'}
        showIcon
        title={t('upload.rows', {
          rows: preview.rows,
          valid: preview.valid,
          duplicate: preview.duplicateInBatch,
          rejected: preview.rejected.length,
        })}
        data-testid="upload-preview-summary"
      />
      {preview.rejected.length > 0 && (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          rowKey={(row) => `${String(row.row)}-${row.field}`}
          dataSource={preview.rejected}
          pagination={false}
          data-testid="upload-preview-rejected"
          columns={[
            { title: t('quarantine.row'), dataIndex: 'row', width: 80 },
            { title: t('quarantine.field'), dataIndex: 'field', width: 120 },
            { title: t('quarantine.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('upload.sample')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(_, index) => String(index)}
        dataSource={preview.sample}
        pagination={false}
        data-testid="upload-preview-sample"
        columns={[
          { title: 'point', dataIndex: 'point' },
          { title: 'ts', dataIndex: 'ts' },
          { title: 'value', dataIndex: 'value', render: (value: unknown) => String(value) },
        ]}
      />
    </Card>
  );
};
