import { ELIGIBILITY_CONDITIONS, getArticle } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { Alert, Form, Input, Space, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useMustCheckRule } from '../hooks/useMustCheckRule.ts';
import { ArticleTag } from './ArticleTag.tsx';
import { CheckboxField } from './CheckboxField.tsx';

/**
 * submit_application (CM-7..9 / BM-8..10): evidence for every eligibility condition of the
 * institution's own Measure, the consultation record and the truthfulness declaration.
 */
export const ApplicationStepFields = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t, pick } = useLocale();
  const type = caseView.institutionType;
  const mustCheck = useMustCheckRule();
  const application = getArticle(type, 'application');
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <Space size={6} wrap>
            {caseView.isDirectApplicant ? t('steps.routeDirect') : t('steps.routeLocal')}
            <ArticleTag article={application} />
          </Space>
        }
      />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('steps.evidence')} <ArticleTag article={getArticle(type, 'eligibility')} />
      </Typography.Title>
      {ELIGIBILITY_CONDITIONS[type].map((condition) => (
        <Form.Item
          key={condition.condition}
          name={['evidence', condition.condition]}
          label={
            <Space size={6} align="start">
              <ArticleTag article={condition.article} />
              <span>{pick(condition)}</span>
            </Space>
          }
          rules={[{ required: true, whitespace: true, message: t('steps.evidenceRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={2} placeholder={t('steps.evidencePlaceholder')} data-testid={`evidence-${condition.condition}`} />
        </Form.Item>
      ))}
      <CheckboxField
        name="hasConsultationRecord"
        label={t('steps.hasConsultationRecord')}
        article={getArticle(type, 'consultation')}
        rules={[mustCheck]}
      />
      <CheckboxField
        name="hasTruthfulnessDeclaration"
        label={t('steps.hasTruthfulnessDeclaration')}
        article={application}
        rules={[mustCheck]}
      />
    </>
  );
};
