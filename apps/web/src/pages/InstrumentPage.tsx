import { ArrowLeftOutlined, EditOutlined, FileAddOutlined, SwapOutlined, UploadOutlined } from '@ant-design/icons';
import type { Certificate } from '@jiliang/shared';
import { App, Button, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useShowApiError } from '../modules/api/hooks/useShowApiError.ts';
import { isApiError } from '../modules/api/utils/isApiError.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CertificateFormModal } from '../modules/instruments/components/CertificateFormModal.tsx';
import { CertificateTable } from '../modules/instruments/components/CertificateTable.tsx';
import { DccImportModal } from '../modules/instruments/components/DccImportModal.tsx';
import { DueStateTag } from '../modules/instruments/components/DueStateTag.tsx';
import { EditInstrumentModal } from '../modules/instruments/components/EditInstrumentModal.tsx';
import { InstrumentDetails } from '../modules/instruments/components/InstrumentDetails.tsx';
import { InstrumentStatusTag } from '../modules/instruments/components/InstrumentStatusTag.tsx';
import { RevokeCertificateModal } from '../modules/instruments/components/RevokeCertificateModal.tsx';
import { StatusAtPanel } from '../modules/instruments/components/StatusAtPanel.tsx';
import { StatusHistoryTimeline } from '../modules/instruments/components/StatusHistoryTimeline.tsx';
import { StatusReasonModal } from '../modules/instruments/components/StatusReasonModal.tsx';
import { TraceabilityPanel } from '../modules/instruments/components/TraceabilityPanel.tsx';
import { useCertificates } from '../modules/instruments/hooks/useCertificates.ts';
import { useChangeStatus } from '../modules/instruments/hooks/useChangeStatus.ts';
import { useInstrument } from '../modules/instruments/hooks/useInstrument.ts';
import { useStatusHistory } from '../modules/instruments/hooks/useStatusHistory.ts';
import { ForbiddenResult } from '../modules/status/components/ForbiddenResult.tsx';
import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

type Dialog = { kind: 'edit' | 'status' | 'certificate' | 'dcc' } | { kind: 'revoke'; certificate: Certificate } | undefined;

/** One instrument (issue 4 §8): its register entry, status history, certificates, traceability chain and status at time t. */
export const InstrumentPage = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const instrument = useInstrument(id);
  const history = useStatusHistory(id);
  const certificates = useCertificates({ kind: 'instrument', id });
  const changeStatus = useChangeStatus(id);
  const canWrite = useHasPermission('instruments:write');
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => {
    setDialog(undefined);
  };

  if (isApiError(instrument.error, 'NOT_FOUND') || isApiError(instrument.error, 'VALIDATION_FAILED')) return <NotFoundResult />;
  if (isApiError(instrument.error, 'FORBIDDEN')) return <ForbiddenResult />;
  const data = instrument.data;

  return (
    <Flex vertical gap={16} data-testid="page-instrument">
      <Card
        loading={instrument.isPending}
        title={
          <Flex align="center" gap={8} wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={() => void (location.key === 'default' ? navigate('/instruments') : navigate(-1))}
            >
              {t('action.back')}
            </Button>
            <Typography.Text strong data-testid="instrument-title">
              {data ? `${data.name}（${data.code}）` : t('nav.instruments')}
            </Typography.Text>
            {data && <InstrumentStatusTag status={data.status} />}
            {data && <DueStateTag state={data.dueState} />}
          </Flex>
        }
        extra={
          data &&
          canWrite && (
            <Space>
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })} data-testid="instrument-edit">
                {t('instrumentPage.edit')}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setDialog({ kind: 'status' })} data-testid="instrument-change-status">
                {t('instrumentPage.changeStatus')}
              </Button>
            </Space>
          )
        }
      >
        {instrument.error && <ApiErrorAlert error={instrument.error} />}
        {data && <InstrumentDetails instrument={data} />}
      </Card>
      {data && <TraceabilityPanel instrumentId={id} ownerName={data.ownerName} />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={16}>
            <Card
              title={t('certificates.title')}
              data-testid="certificates"
              extra={
                canWrite && (
                  <Space>
                    <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'dcc' })} data-testid="certificate-dcc">
                      {t('certificates.dcc')}
                    </Button>
                    <Button
                      type="primary"
                      icon={<FileAddOutlined />}
                      onClick={() => setDialog({ kind: 'certificate' })}
                      data-testid="certificate-add"
                    >
                      {t('certificates.add')}
                    </Button>
                  </Space>
                )
              }
            >
              {certificates.error && <ApiErrorAlert error={certificates.error} />}
              <CertificateTable
                certificates={certificates.data ?? []}
                loading={certificates.isPending}
                onRevoke={canWrite ? (certificate) => setDialog({ kind: 'revoke', certificate }) : undefined}
              />
            </Card>
          </Col>
          <Col xs={24} xxl={8}>
            <Flex vertical gap={16}>
              <StatusAtPanel instrumentId={id} defaultUnit={data.rangeUnit} />
              <Card title={t('instrumentPage.statusHistory')} size="small" loading={history.isPending}>
                {history.error && <ApiErrorAlert error={history.error} />}
                {history.data && <StatusHistoryTimeline entries={history.data} />}
              </Card>
            </Flex>
          </Col>
        </Row>
      )}
      {dialog?.kind === 'edit' && data && <EditInstrumentModal instrument={data} onClose={close} />}
      {dialog?.kind === 'status' && data && (
        <StatusReasonModal
          title={t('instrumentPage.changeStatus')}
          initialStatus={data.status}
          loading={changeStatus.isPending}
          onClose={close}
          onSubmit={(change) => {
            changeStatus.mutate(change, {
              onSuccess: (next) => {
                void message.success(t('instrumentPage.statusChanged', { label: t(`instrumentStatus.${next.status}`) }));
                close();
              },
              onError: showApiError,
            });
          }}
        />
      )}
      {dialog?.kind === 'certificate' && <CertificateFormModal subject={{ kind: 'instrument', id }} onClose={close} />}
      {dialog?.kind === 'dcc' && <DccImportModal instrumentId={id} onClose={close} />}
      {dialog?.kind === 'revoke' && <RevokeCertificateModal certificate={dialog.certificate} onClose={close} />}
    </Flex>
  );
};
