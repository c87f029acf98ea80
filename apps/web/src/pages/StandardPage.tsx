import { ArrowLeftOutlined, FileAddOutlined } from '@ant-design/icons';
import type { Certificate } from '@jiliang/shared';
import { Button, Card, Col, Flex, Row, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { isApiError } from '../modules/api/utils/isApiError.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CertificateFormModal } from '../modules/instruments/components/CertificateFormModal.tsx';
import { CertificateTable } from '../modules/instruments/components/CertificateTable.tsx';
import { RepeatabilityCheckForm } from '../modules/instruments/components/RepeatabilityCheckForm.tsx';
import { RevokeCertificateModal } from '../modules/instruments/components/RevokeCertificateModal.tsx';
import { StabilityCheckForm } from '../modules/instruments/components/StabilityCheckForm.tsx';
import { StandardCheckTable } from '../modules/instruments/components/StandardCheckTable.tsx';
import { StandardDetails } from '../modules/instruments/components/StandardDetails.tsx';
import { StandardLevelTag } from '../modules/instruments/components/StandardLevelTag.tsx';
import { useCertificates } from '../modules/instruments/hooks/useCertificates.ts';
import { useStandard } from '../modules/instruments/hooks/useStandard.ts';
import { useStandardChecks } from '../modules/instruments/hooks/useStandardChecks.ts';
import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

type Dialog = { kind: 'certificate' } | { kind: 'revoke'; certificate: Certificate } | undefined;

/** One measurement standard: its certificates from higher standards and its JJF 1033-2023 checks. */
export const StandardPage = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useLocale();
  const standard = useStandard(id);
  const certificates = useCertificates({ kind: 'standard', id });
  const checks = useStandardChecks(id);
  const canWrite = useHasPermission('instruments:write');
  const [dialog, setDialog] = useState<Dialog>();
  const close = () => {
    setDialog(undefined);
  };

  if (isApiError(standard.error, 'NOT_FOUND') || isApiError(standard.error, 'VALIDATION_FAILED')) return <NotFoundResult />;
  const data = standard.data;

  return (
    <Flex vertical gap={16} data-testid="page-standard">
      <Card
        loading={standard.isPending}
        title={
          <Flex align="center" gap={8} wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={() => void (location.key === 'default' ? navigate('/standards') : navigate(-1))}
            >
              {t('action.back')}
            </Button>
            <Typography.Text strong data-testid="standard-title">
              {data ? data.name : t('nav.standards')}
            </Typography.Text>
            {data && <StandardLevelTag level={data.level} />}
          </Flex>
        }
      >
        {standard.error && <ApiErrorAlert error={standard.error} />}
        {data && <StandardDetails standard={data} />}
      </Card>
      <Card
        title={t('certificates.title')}
        extra={
          canWrite && (
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              onClick={() => setDialog({ kind: 'certificate' })}
              data-testid="certificate-add"
            >
              {t('certificates.add')}
            </Button>
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
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title={t('standards.checks')} data-testid="checks">
            {checks.error && <ApiErrorAlert error={checks.error} />}
            <StandardCheckTable checks={checks.data ?? []} loading={checks.isPending} />
          </Card>
        </Col>
        {canWrite && (
          <Col span={24}>
            <Card title={t('checks.record')}>
              <Tabs
                items={[
                  { key: 'repeatability', label: t('checks.kind.repeatability'), children: <RepeatabilityCheckForm standardId={id} /> },
                  { key: 'stability', label: t('checks.kind.stability'), children: <StabilityCheckForm standardId={id} /> },
                ]}
              />
            </Card>
          </Col>
        )}
      </Row>
      {dialog?.kind === 'certificate' && <CertificateFormModal subject={{ kind: 'standard', id }} onClose={close} />}
      {dialog?.kind === 'revoke' && <RevokeCertificateModal certificate={dialog.certificate} onClose={close} />}
    </Flex>
  );
};
