import { ArrowLeftOutlined } from '@ant-design/icons';
import { getArticle } from '@jiliang/calc';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { isApiError } from '../modules/api/utils/isApiError.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { ArticleTag } from '../modules/institutions/components/ArticleTag.tsx';
import { SamplingPanel } from '../modules/institutions/components/SamplingPanel.tsx';
import { ScoringForm } from '../modules/institutions/components/ScoringForm.tsx';
import { ScoringSheetPanel } from '../modules/institutions/components/ScoringSheetPanel.tsx';
import { StateTag } from '../modules/institutions/components/StateTag.tsx';
import { useCaseScoring } from '../modules/institutions/hooks/useCaseScoring.ts';
import { useInstitutionCase } from '../modules/institutions/hooks/useInstitutionCase.ts';
import { ForbiddenResult } from '../modules/status/components/ForbiddenResult.tsx';
import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

/**
 * The expert scoring page (CM-14..16 / BM-15..17): each member's scoring sheet, the CM-15 random
 * sample for centres, and the team leader's on-site record and final score (the record_score step).
 */
export const ScoringPage = () => {
  const { orgId = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useLocale();
  const caseQuery = useInstitutionCase(orgId);
  const caseView = caseQuery.data;
  const isOpen = caseView?.options.some((option) => option.event === 'record_score') ?? false;
  const scoring = useCaseScoring(orgId, isOpen);
  const backToCase = () => void navigate(`/institutions/${orgId}`);

  if (isApiError(caseQuery.error, 'FORBIDDEN')) return <ForbiddenResult />;
  if (isApiError(caseQuery.error, 'NOT_FOUND')) return <NotFoundResult />;

  const type = caseView?.institutionType;
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
              {scoring.data && <Typography.Text type="secondary">{t('scoring.sheetRound', { round: scoring.data.round })}</Typography.Text>}
            </Space>
          )}
        </Flex>
      }
      style={{ maxWidth: 1080 }}
    >
      {caseQuery.error && <ApiErrorAlert error={caseQuery.error} />}
      {caseView && !isOpen && <Alert type="warning" showIcon title={t('scoring.notOpen')} />}
      {caseView && type && isOpen && (
        <Flex vertical gap={16}>
          <Alert type="info" showIcon title={`${t('scoring.teamLeader')} (${getArticle(type, 'acceptanceAssessment')})`} />
          {scoring.error && <ApiErrorAlert error={scoring.error} />}
          {scoring.data && (
            <Card
              size="small"
              title={
                <Space size={6}>
                  {t('scoring.sheet')}
                  <ArticleTag article={getArticle(type, 'scoring')} />
                </Space>
              }
            >
              <ScoringSheetPanel organisationId={orgId} scoring={scoring.data} />
            </Card>
          )}
          {scoring.data && (
            <Card
              size="small"
              title={
                <Space size={6}>
                  {t('scoring.sampling')}
                  <ArticleTag article={type === 'carbon_metrology_centre' ? 'CM-15' : getArticle(type, 'onSiteReview')} />
                </Space>
              }
            >
              {type === 'carbon_metrology_centre' ? (
                <SamplingPanel organisationId={orgId} scoring={scoring.data} />
              ) : (
                <Typography.Text type="secondary" data-testid="sampling-not-for-base">
                  {t('scoring.samplingNotForBase')}
                </Typography.Text>
              )}
            </Card>
          )}
          <ScoringForm caseView={caseView} scoring={scoring.isPending ? undefined : scoring.data} onRecorded={backToCase} />
        </Flex>
      )}
    </Card>
  );
};
