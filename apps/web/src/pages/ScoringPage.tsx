import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { isApiError } from '../modules/api/utils/isApiError.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { ScoringForm } from '../modules/institutions/components/ScoringForm.tsx';
import { StateTag } from '../modules/institutions/components/StateTag.tsx';
import { useInstitutionCase } from '../modules/institutions/hooks/useInstitutionCase.ts';
import { ForbiddenResult } from '../modules/status/components/ForbiddenResult.tsx';
import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

/** The expert scoring page: the record_score step of the case, for the acceptance panel's team leader. */
export const ScoringPage = () => {
  const { orgId = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useLocale();
  const caseQuery = useInstitutionCase(orgId);
  const caseView = caseQuery.data;
  const backToCase = () => void navigate(`/institutions/${orgId}`);

  if (isApiError(caseQuery.error, 'FORBIDDEN')) return <ForbiddenResult />;
  if (isApiError(caseQuery.error, 'NOT_FOUND')) return <NotFoundResult />;
  const isOpen = caseView?.options.some((option) => option.event === 'record_score') ?? false;

  return (
    <Card
      data-testid="page-scoring"
      loading={caseQuery.isPending}
      title={
        <Flex align="center" gap={8} wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={backToCase}>
            {t('scoring.back')}
          </Button>
          <Typography.Text strong>{t('scoring.title')}</Typography.Text>
          {caseView && (
            <Space size={6}>
              <Typography.Text>{caseView.organisationName}</Typography.Text>
              <StateTag state={caseView.state} label={caseView.stateLabel} data-testid="institution-state" />
            </Space>
          )}
        </Flex>
      }
      style={{ maxWidth: 960 }}
    >
      {caseQuery.error && <ApiErrorAlert error={caseQuery.error} />}
      {caseView && !isOpen && <Alert type="warning" showIcon title={t('scoring.notOpen')} />}
      {caseView && isOpen && <ScoringForm caseView={caseView} onRecorded={backToCase} />}
    </Card>
  );
};
