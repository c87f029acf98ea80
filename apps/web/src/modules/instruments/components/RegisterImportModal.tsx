import { InboxOutlined } from '@ant-design/icons';
import type { RegisterImportReport } from '@jiliang/shared';
import { Alert, Button, Form, Modal, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { useImportRegister } from '../hooks/useImportRegister.ts';
import { RegisterImportReportView } from './RegisterImportReportView.tsx';

type Values = { ownerId?: string; mode: 'create' | 'update' };

export type RegisterImportModalProps = { ownerId: string | undefined; canChooseOwner: boolean; onClose: () => void };

/**
 * 导入台账: the .xlsx goes up as it is (the server reads the enterprises' own layout, GB 17167-2006 5.3),
 * and the answer is a report per row; the good rows are kept whatever happens to the others.
 */
export const RegisterImportModal = ({ ownerId, canChooseOwner, onClose }: RegisterImportModalProps) => {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | undefined>();
  const [fileMissing, setFileMissing] = useState(false);
  const [report, setReport] = useState<RegisterImportReport | undefined>();
  const importRegister = useImportRegister();

  const handleFinish = (values: Values) => {
    const owner = values.ownerId ?? ownerId;
    if (!file) {
      setFileMissing(true);
      return;
    }
    if (!owner) return;
    importRegister.mutate({ ownerId: owner, mode: values.mode, file }, { onSuccess: setReport });
  };

  return (
    <Modal
      open
      title={t('import.title')}
      width={report ? 860 : 620}
      onCancel={onClose}
      footer={
        report ? (
          <Button type="primary" onClick={onClose} data-testid="import-close">
            {t('import.close')}
          </Button>
        ) : (
          [
            <Button key="cancel" onClick={onClose}>
              {t('action.cancel')}
            </Button>,
            <Button
              key="submit"
              type="primary"
              loading={importRegister.isPending}
              data-testid="import-submit"
              onClick={() => {
                form.submit();
              }}
            >
              {t('import.submit')}
            </Button>,
          ]
        )
      }
    >
      {report ? (
        <RegisterImportReportView report={report} />
      ) : (
        <Form<Values>
          form={form}
          name="register-import"
          layout="vertical"
          initialValues={{ ownerId, mode: 'create' }}
          onFinish={handleFinish}
        >
          {importRegister.error && <ApiErrorAlert error={importRegister.error} />}
          {canChooseOwner && (
            <Form.Item name="ownerId" label={t('instrument.owner')} rules={[{ required: true, message: t('register.ownerNeeded') }]}>
              <OwnerSelect />
            </Form.Item>
          )}
          <Form.Item name="mode" label={t('import.mode')}>
            <Radio.Group
              options={[
                { value: 'create', label: t('import.modeCreate') },
                { value: 'update', label: t('import.modeUpdate') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('import.file')} required>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              data-testid="import-file"
              beforeUpload={(chosen) => {
                setFile(chosen);
                setFileMissing(false);
                return false;
              }}
              onRemove={() => {
                setFile(undefined);
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
            </Upload.Dragger>
          </Form.Item>
          {fileMissing && <Alert type="error" showIcon title={t('import.fileRequired')} />}
          <Typography.Paragraph type="secondary">{t('import.hint')}</Typography.Paragraph>
        </Form>
      )}
    </Modal>
  );
};
