import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { isApiError } from '../modules/api/utils/isApiError.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CaseDocuments } from '../modules/institutions/components/CaseDocuments.tsx';
import { CaseSummary } from '../modules/institutions/components/CaseSummary.tsx';
import { CaseTimeline } from '../modules/institutions/components/CaseTimeline.tsx';
import { ExpertPanelForm } from '../modules/institutions/components/ExpertPanelForm.tsx';
import { NoCasePanel } from '../modules/institutions/components/NoCasePanel.tsx';
import { StepModal } from '../modules/institutions/components/StepModal.tsx';
import { StepPanel } from '../modules/institutions/components/StepPanel.tsx';
import { useCaseDocuments } from '../modules/institutions/hooks/useCaseDocuments.ts';
import { useInstitutionCase } from '../modules/institutions/hooks/useInstitutionCase.ts';
import type { CaseOption } from '../modules/institutions/utils/CaseOption.ts';
import { useOrganisation } from '../modules/organisations/hooks/useOrganisation.ts';
import { ForbiddenResult } from '../modules/status/components/ForbiddenResult.tsx';
import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

/** One institution: its stage, the timeline of every step with its article, the steps open now, panels and documents. */
export const InstitutionPage = () => {
  const { orgId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useLocale();
  const caseQuery = useInstitutionCase(orgId);
  const hasNoCase = isApiError(caseQuery.error, 'NOT_FOUND');
  const organisation = useOrganisation(orgId, hasNoCase);
  const documents = useCaseDocuments(orgId, caseQuery.data !== undefined);
  const canDecide = useHasPermission('institutions:decide');
  const [step, setStep] = useState<{ option: CaseOption; article: string | null } | undefined>();
  const caseView = caseQuery.data;

  if (isApiError(caseQuery.error, 'FORBIDDEN') || isApiError(organisation.error, 'FORBIDDEN')) return <ForbiddenResult />;
  if (isApiError(organisation.error, 'NOT_FOUND') || (organisation.data && organisation.data.kind !== 'institution')) {
    return <NotFoundResult />;
  }

  const name = caseView?.organisationName ?? organisation.data?.name ?? t('nav.institutions');
  const back = (
    <Button
      type="text"
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key === 'default' ? navigate('/institutions') : navigate(-1))}
    >
      {t('action.back')}
    </Button>
  );

  return (
    <Flex vertical gap={16} data-testid="page-institution">
      <Card
        title={
          <Flex align="center" gap={8}>
            {back}
            <Typography.Text strong data-testid="institution-name">
              {name}
            </Typography.Text>
          </Flex>
        }
        loading={caseQuery.isPending || (hasNoCase && organisation.isPending)}
      >
        {caseQuery.error && !hasNoCase && <ApiErrorAlert error={caseQuery.error} />}
        {caseView && <CaseSummary caseView={caseView} />}
        {hasNoCase && organisation.data && <NoCasePanel organisation={organisation.data} />}
      </Card>
      {caseView && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Flex vertical gap={16}>
              <Card title={t('institution.timeline')}>
                <CaseTimeline caseView={caseView} />
              </Card>
              {documents.data && (
                <Card title={t('institution.documents')} data-testid="documents-section">
                  <CaseDocuments organisationId={orgId} documents={documents.data} />
                </Card>
              )}
            </Flex>
          </Col>
          <Col xs={24} xl={10}>
            <Flex vertical gap={16}>
              <Card title={t('steps.title')}>
                <StepPanel
                  caseView={caseView}
                  onOpenStep={(option, article) => {
                    setStep({ option, article });
                  }}
                />
              </Card>
              {canDecide && (
                <Card title={t('panel.title')}>
                  <ExpertPanelForm key={caseView.state} caseView={caseView} />
                </Card>
              )}
            </Flex>
          </Col>
        </Row>
      )}
      {step && caseView && (
        <StepModal
          caseView={caseView}
          option={step.option}
          article={step.article}
          onClose={() => {
            setStep(undefined);
          }}
        />
      )}
    </Flex>
  );
};
