import { getDateParts, isLifecycleActor, toShanghaiDate } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { App, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useApplyStep } from '../hooks/useApplyStep.ts';
import type { CaseOption } from '../utils/CaseOption.ts';
import { findEventLabel } from '../utils/findEventLabel.ts';
import { findRequestedExtension } from '../utils/findRequestedExtension.ts';
import { findStepFormKind } from '../utils/findStepFormKind.ts';
import type { StepFormValues } from '../utils/StepFormValues.ts';
import { toStepRequest } from '../utils/toStepRequest.ts';
import { AcceptanceApplicationStepFields } from './AcceptanceApplicationStepFields.tsx';
import { AnnualReportStepFields } from './AnnualReportStepFields.tsx';
import { ApplicationStepFields } from './ApplicationStepFields.tsx';
import { ArticleTag } from './ArticleTag.tsx';
import { DueDateField } from './DueDateField.tsx';
import { ExpertOpinionStepFields } from './ExpertOpinionStepFields.tsx';
import { ExtensionStepFields } from './ExtensionStepFields.tsx';
import { RectificationNoticeStepFields } from './RectificationNoticeStepFields.tsx';
import { StepErrorAlert } from './StepErrorAlert.tsx';
import { SupervisionResultStepFields } from './SupervisionResultStepFields.tsx';

export type StepModalProps = { caseView: InstitutionCase; option: CaseOption; article: string | null; onClose: () => void };

/** One step's small form: the facts its rules need, a note, and the server's refusal (with its article) on the form. */
export const StepModal = ({ caseView, option, article, onClose }: StepModalProps) => {
  const [form] = Form.useForm<StepFormValues>();
  const { t, pick } = useLocale();
  const { message } = App.useApp();
  const applyStep = useApplyStep(caseView.organisationId);
  const label = pick(findEventLabel(option.event));
  const kind = findStepFormKind(option.event);
  const requested = option.event === 'grant_extension' ? findRequestedExtension(caseView) : undefined;
  const initialValues: StepFormValues = {
    ...(kind === 'annual_report' ? { reportYear: getDateParts(toShanghaiDate(new Date())).year } : {}),
    ...(requested ? { extendedTo: dayjs(requested) } : {}),
  };

  const fields: Record<typeof kind, ReactNode> = {
    application: <ApplicationStepFields caseView={caseView} />,
    expert_opinion: <ExpertOpinionStepFields caseView={caseView} />,
    extension: <ExtensionStepFields caseView={caseView} />,
    acceptance_application: <AcceptanceApplicationStepFields caseView={caseView} />,
    rectification_notice: <RectificationNoticeStepFields caseView={caseView} />,
    supervision_result: <SupervisionResultStepFields article={article} />,
    local_finding: (
      <DueDateField name="supervisionDueOn" label={t('steps.supervisionDueOn')} article={article} extra={t('steps.supervisionDueHint')} />
    ),
    annual_report: <AnnualReportStepFields caseView={caseView} />,
    score: null,
    note: null,
  };

  const handleFinish = (values: StepFormValues) => {
    applyStep.mutate(toStepRequest(option.event, values, caseView.version), {
      onSuccess: () => {
        void message.success(t('steps.done', { step: label }));
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      width={kind === 'application' ? 760 : 560}
      title={
        <Space size={8} wrap>
          <span>{label}</span>
          <ArticleTag article={article} />
          {isLifecycleActor(option.actor) && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
              {t(`institutions.actor.${option.actor}`)}
            </Typography.Text>
          )}
        </Space>
      }
      okText={t('steps.submit')}
      cancelText={t('action.cancel')}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      confirmLoading={applyStep.isPending}
      okButtonProps={{ 'data-testid': 'step-form-submit' }}
      destroyOnHidden
    >
      <StepErrorAlert error={applyStep.error} />
      <Form<StepFormValues>
        form={form}
        name={`step-${option.event}`}
        layout="vertical"
        initialValues={initialValues}
        onFinish={handleFinish}
      >
        {fields[kind]}
        <Form.Item name="note" label={t('steps.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="step-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
