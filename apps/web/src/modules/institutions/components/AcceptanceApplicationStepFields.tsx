import { getArticle, getLatestAcceptanceApplicationDate } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { Alert, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useMustCheckRule } from '../hooks/useMustCheckRule.ts';
import { CheckboxField } from './CheckboxField.tsx';

/**
 * apply_for_acceptance (CM-12, CM-13 / BM-13, BM-14): the competent department's consent (direct
 * applicants need none), the preparation summary report and the follow-up plan, in time.
 */
export const AcceptanceApplicationStepFields = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t } = useLocale();
  const mustCheck = useMustCheckRule();
  const type = caseView.institutionType;
  const article = getArticle(type, 'acceptanceApplication');
  const latest = caseView.preparationDeadline ? getLatestAcceptanceApplicationDate(caseView.preparationDeadline) : undefined;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('steps.acceptanceMaterials')}
      </Typography.Title>
      <CheckboxField
        name="hasCompetentDepartmentConsent"
        label={t('steps.hasCompetentDepartmentConsent')}
        article={article}
        rules={caseView.isDirectApplicant ? [] : [mustCheck]}
        extra={caseView.isDirectApplicant ? t('steps.consentNotNeeded') : undefined}
      />
      <CheckboxField name="hasSummaryReport" label={t('steps.hasSummaryReport')} article={article} rules={[mustCheck]} />
      <CheckboxField name="hasFollowUpPlan" label={t('steps.hasFollowUpPlan')} article={article} rules={[mustCheck]} />
      {latest && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('steps.acceptanceHint', { latest })} (${getArticle(type, 'acceptanceDeadline')})`}
        />
      )}
    </>
  );
};
