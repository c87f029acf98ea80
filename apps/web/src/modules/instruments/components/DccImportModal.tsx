import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useImportDcc, type DccImportReport } from '../hooks/useImportDcc.ts';

/**
 * 导入数字校准证书: the .xml is read as text in the browser and posted as {xml, filename}; the server
 * extracts the certificate (PTB DCC v3.x) and reports what it could not read as warnings.
 */
export const DccImportModal = ({ instrumentId, onClose }: { instrumentId: string; onClose: () => void }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const importDcc = useImportDcc(instrumentId);
  const [report, setReport] = useState<DccImportReport | undefined>();

  const handleFile = async (file: File) => {
    const xml = await file.text();
    importDcc.mutate(
      { xml, filename: file.name },
      {
        onSuccess: (result) => {
          void message.success(t('certificates.dccDone', { number: result.certificate.number }));
          setReport(result);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('certificates.dccTitle')}
      onCancel={onClose}
      footer={
        <Button type={report ? 'primary' : 'default'} onClick={onClose}>
          {report ? t('import.close') : t('action.cancel')}
        </Button>
      }
    >
      <Flex vertical gap={16} data-testid="dcc-import">
        {importDcc.error && <ApiErrorAlert error={importDcc.error} />}
        {!report && (
          <Upload
            accept=".xml,application/xml,text/xml"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void handleFile(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={importDcc.isPending} data-testid="dcc-choose">
              {t('certificates.dccChoose')}
            </Button>
          </Upload>
        )}
        {report && (
          <>
            <Alert type="success" showIcon title={t('certificates.dccDone', { number: report.certificate.number })} />
            <Typography.Text strong>{t('certificates.dccWarnings')}</Typography.Text>
            {report.warnings.length === 0 ? (
              <Typography.Text type="secondary">{t('certificates.dccNoWarnings')}</Typography.Text>
            ) : (
              <Flex vertical gap={8} data-testid="dcc-warnings">
                {report.warnings.map((warning, index) => (
                  <Alert
                    key={index}
                    type="warning"
                    showIcon
                    title={warning.message}
                    description={
                      <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                        {warning.path}
                      </Typography.Text>
                    }
                  />
                ))}
              </Flex>
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
};
