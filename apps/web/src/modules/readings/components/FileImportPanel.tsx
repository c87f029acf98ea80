import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useImportReadingFile, usePreviewReadingFile } from '../hooks/useReadingFile.ts';
import { DEFAULT_FILE_MAPPING, type FileMapping } from '../utils/ReadingViews.ts';
import { FilePreviewReport } from './FilePreviewReport.tsx';
import { ReceiptView } from './ReceiptView.tsx';

/**
 * 文件导入 (issue 5 §2): a CSV or XLSX, long or wide, with its column names; 预览 runs the import's checks
 * without writing (the validation report and sample rows), 导入 writes and shows the receipt.
 */
export const FileImportPanel = ({ enterpriseId }: { enterpriseId: string }) => {
  const { t } = useLocale();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [mapping, setMapping] = useState<FileMapping>(DEFAULT_FILE_MAPPING);
  const preview = usePreviewReadingFile();
  const upload = useImportReadingFile();
  const reset = () => {
    preview.reset();
    upload.reset();
  };
  const change = (next: Partial<FileMapping>) => {
    setMapping({ ...mapping, ...next });
    reset();
  };

  return (
    <Flex vertical gap={12} data-testid="upload-panel">
      <Upload
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
        beforeUpload={(next) => {
          setFile(next);
          reset();
          return false;
        }}
        onRemove={() => {
          setFile(undefined);
          reset();
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="upload-choose">
          {t('upload.file')}
        </Button>
      </Upload>
      <Form layout="inline">
        <Form.Item label={t('upload.layout')}>
          <Radio.Group value={mapping.layout} onChange={(event) => change({ layout: event.target.value as FileMapping['layout'] })}>
            <Radio value="long">{t('upload.layout.long')}</Radio>
            <Radio value="wide">{t('upload.layout.wide')}</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
      <Form layout="inline">
        {mapping.layout === 'long' && (
          <Form.Item label={t('upload.columnPoint')}>
            <Input value={mapping.point} onChange={(event) => change({ point: event.target.value })} id="upload-column-point" />
          </Form.Item>
        )}
        <Form.Item label={t('upload.columnTs')}>
          <Input value={mapping.ts} onChange={(event) => change({ ts: event.target.value })} id="upload-column-ts" />
        </Form.Item>
        {mapping.layout === 'long' && (
          <Form.Item label={t('upload.columnValue')}>
            <Input value={mapping.value} onChange={(event) => change({ value: event.target.value })} id="upload-column-value" />
          </Form.Item>
        )}
      </Form>
      {mapping.layout === 'wide' && <Typography.Text type="secondary">{t('upload.wideHint')}</Typography.Text>}
      <Space>
        <Button
          disabled={!file}
          loading={preview.isPending}
          onClick={() => file && preview.mutate({ enterpriseId, file, mapping })}
          data-testid="upload-preview-button"
        >
          {t('upload.preview')}
        </Button>
        <Button
          type="primary"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate({ enterpriseId, file, mapping })}
          data-testid="upload-import-button"
        >
          {t('upload.import')}
        </Button>
      </Space>
      {(preview.error ?? upload.error) && <ApiErrorAlert error={preview.error ?? upload.error} />}
      {upload.data && <ReceiptView receipt={upload.data} />}
      {preview.data && !upload.data && <FilePreviewReport preview={preview.data} />}
    </Flex>
  );
};
