import { FULL_SCORE, getArticle, PASS_SCORE } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useApplyStep } from '../hooks/useApplyStep.ts';
import { useMustCheckRule } from '../hooks/useMustCheckRule.ts';
import type { ScoreFormValues } from '../utils/ScoreFormValues.ts';
import { toScoreRequest } from '../utils/toScoreRequest.ts';
import { ArticleTag } from './ArticleTag.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import { StepErrorAlert } from './StepErrorAlert.tsx';

export type ScoringFormProps = { caseView: InstitutionCase; onRecorded: () => void };

/**
 * The team leader's scoring page (CM-14..16 / BM-15..17): the on-site review as held — opening
 * meeting, verification item by item, the optional collective review, the closing meeting with the
 * unit's opinion, and for centres only the random sampling of CM-15 — then the score out of 100.
 */
export const ScoringForm = ({ caseView, onRecorded }: ScoringFormProps) => {
  const [form] = Form.useForm<ScoreFormValues>();
  const { t } = useLocale();
  const { message } = App.useApp();
  const applyStep = useApplyStep(caseView.organisationId);
  const type = caseView.institutionType;
  const isCentre = type === 'carbon_metrology_centre';
  const onSite = getArticle(type, 'onSiteReview');
  const scoring = getArticle(type, 'scoring');
  const mustCheck = useMustCheckRule();
  const score = Form.useWatch('score', form);
  const samplingRecorded = Form.useWatch('samplingRecorded', form);

  const handleFinish = (values: ScoreFormValues) => {
    applyStep.mutate(toScoreRequest(values, type, caseView.version), {
      onSuccess: () => {
        void message.success(t('steps.done', { step: t('scoring.title') }));
        onRecorded();
      },
    });
  };

  return (
    <Form<ScoreFormValues> form={form} name="score" layout="vertical" onFinish={handleFinish} data-testid="scoring-form">
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={`${t('scoring.teamLeader')} (${getArticle(type, 'acceptanceAssessment')})`} />
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
              {t('scoring.sampling')}
              <ArticleTag article={isCentre ? 'CM-15' : onSite} />
            </Space>
          }
        >
          {isCentre ? (
            <>
              <CheckboxField name="samplingRecorded" label={t('scoring.samplingRecorded')} article="CM-15" rules={[mustCheck]} />
              <Space size={16} wrap>
                <Form.Item name="samplingShare" label={t('scoring.samplingShare')} rules={[{ required: samplingRecorded === true }]}>
                  <InputNumber min={1} max={100} step={1} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name="samplingSeed" label={t('scoring.samplingSeed')} rules={[{ required: samplingRecorded === true, max: 64 }]}>
                  <Input style={{ width: 220, fontFamily: 'monospace' }} />
                </Form.Item>
              </Space>
            </>
          ) : (
            <Typography.Text type="secondary" data-testid="sampling-not-for-base">
              {t('scoring.samplingNotForBase')}
            </Typography.Text>
          )}
        </Card>
        <Card
          size="small"
          title={
            <Space size={6}>
              {t('scoring.score')}
              <ArticleTag article={scoring} />
            </Space>
          }
        >
          <Form.Item name="score" extra={t('scoring.scoreHint')} rules={[{ required: true, type: 'number', min: 0, max: FULL_SCORE }]}>
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
        </Card>
        <div>
          <Button type="primary" htmlType="submit" loading={applyStep.isPending} data-testid="step-form-submit">
            {t('steps.submit')}
          </Button>
        </div>
      </Flex>
    </Form>
  );
};
