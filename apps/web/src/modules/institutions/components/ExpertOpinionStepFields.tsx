import { getArticle } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { Alert, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useMustCheckRule } from '../hooks/useMustCheckRule.ts';
import { CheckboxField } from './CheckboxField.tsx';

/** approve_preparation (CM-10 / BM-11): the experts' written opinion on the material review and on-site check. */
export const ExpertOpinionStepFields = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t } = useLocale();
  const mustCheck = useMustCheckRule();
  const article = getArticle(caseView.institutionType, 'approval');
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('steps.expertOpinion')}
      </Typography.Title>
      <CheckboxField name="materialReviewPassed" label={t('steps.materialReviewPassed')} article={article} rules={[mustCheck]} />
      <CheckboxField name="onSiteCheckPassed" label={t('steps.onSiteCheckPassed')} article={article} rules={[mustCheck]} />
      <Alert type="info" showIcon title={t('steps.approveHint')} style={{ marginBottom: 16 }} />
    </>
  );
};
