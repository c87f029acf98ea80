import { FULL_SCORE, getArticle, PASS_SCORE } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useApplyStep } from '../hooks/useApplyStep.ts';
import { useMustCheckRule } from '../hooks/useMustCheckRule.ts';
import type { CaseScoring } from '../utils/CaseScoring.ts';
import type { ScoreFormValues } from '../utils/ScoreFormValues.ts';
import { toScoreRequest } from '../utils/toScoreRequest.ts';
import { ArticleTag } from './ArticleTag.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import { StepErrorAlert } from './StepErrorAlert.tsx';

export type ScoringFormProps = { caseView: InstitutionCase; scoring: CaseScoring | null | undefined; onRecorded: () => void };

/**
 * The team leader's part of the scoring page (CM-14..16 / BM-15..17): the on-site review as held —
 * opening meeting, verification item by item, the optional collective review, the closing meeting
 * with the unit's opinion — then the final score out of 100, starting from the proposed score.
 */
export const ScoringForm = ({ caseView, scoring, onRecorded }: ScoringFormProps) => {
  const [form] = Form.useForm<ScoreFormValues>();
  const { t } = useLocale();
  const { message } = App.useApp();
  const applyStep = useApplyStep(caseView.organisationId);
  const type = caseView.institutionType;
  const onSite = getArticle(type, 'onSiteReview');
  const scoringArticle = getArticle(type, 'scoring');
  const mustCheck = useMustCheckRule();
  const score = Form.useWatch('score', form);
  const proposed = scoring?.proposedScore ?? null;
  const isSampleMissing = type === 'carbon_metrology_centre' && scoring !== undefined && scoring !== null && !scoring.sampling;

  // The final score starts from the panel's proposed one, until the team leader types their own.
  useEffect(() => {
    if (proposed !== null && !form.isFieldTouched('score')) form.setFieldValue('score', proposed);
  }, [form, proposed]);

  // mutateAsync, not mutate's callbacks: the recorded score moves the case on, which unmounts this form.
  const handleFinish = (values: ScoreFormValues) => {
    applyStep.mutateAsync(toScoreRequest(values, type, caseView.version, scoring?.sampling)).then(
      () => {
        void message.success(t('steps.done', { step: t('scoring.title') }));
        onRecorded();
      },
      () => undefined, // shown by StepErrorAlert
    );
  };

  return (
    <Form<ScoreFormValues> form={form} name="score" layout="vertical" onFinish={handleFinish} data-testid="scoring-form">
      <Flex vertical gap={16}>
        <StepErrorAlert error={applyStep.error} />
        <Card
          size="small"
          title={
            <Space size={6}>
              {t('scoring.meetings')}
              <ArticleTag article={onSite} />
            </Space>
          }
        >
          <CheckboxField name="openingMeetingHeld" label={t('scoring.openingMeeting')} article={onSite} rules={[mustCheck]} />
          <CheckboxField name="onSiteVerificationDone" label={t('scoring.onSiteVerification')} article={onSite} rules={[mustCheck]} />
          <CheckboxField name="collectiveReviewHeld" label={t('scoring.collectiveReview')} article={onSite} />
          <CheckboxField name="closingMeetingHeld" label={t('scoring.closingMeeting')} article={onSite} rules={[mustCheck]} />
          <Form.Item name="unitOpinion" label={t('scoring.unitOpinion')} rules={[{ max: 500 }]} style={{ marginTop: 8 }}>
            <Input.TextArea rows={2} data-testid="unit-opinion" />
          </Form.Item>
        </Card>
        <Card
          size="small"
          title={
            <Space size={6}>
              {t('scoring.final')}
              <ArticleTag article={scoringArticle} />
            </Space>
          }
        >
          {isSampleMissing && (
            <Alert type="warning" showIcon title={`${t('scoring.samplingMissing')} (CM-15)`} style={{ marginBottom: 12 }} />
          )}
          <Form.Item
            name="score"
            label={t('scoring.score')}
            extra={`${t('scoring.scoreHint')}${proposed !== null ? `；${t('scoring.finalHint')}` : ''}`}
            rules={[{ required: true, type: 'number', min: 0, max: FULL_SCORE }]}
          >
            <InputNumber<number> min={0} max={FULL_SCORE} step={0.1} precision={1} style={{ width: 160 }} data-testid="score-input" />
          </Form.Item>
          {typeof score === 'number' && (
            <Tag color={score >= PASS_SCORE ? 'green' : 'orange'} data-testid="score-outcome">
              {score >= PASS_SCORE ? t('scoring.pass') : t('scoring.rectify')}
            </Tag>
          )}
          <Form.Item name="note" label={t('steps.note')} rules={[{ max: 1000 }]} style={{ marginTop: 12 }}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={applyStep.isPending} data-testid="step-form-submit">
            {t('steps.submit')}
          </Button>
        </Card>
      </Flex>
    </Form>
  );
};
