import { getArticle } from '@jiliang/calc';
import type { InstitutionType, OpenCase } from '@jiliang/shared';
import { App, Checkbox, Form, Modal, Space, Switch, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OrganisationMultiSelect } from '../../organisations/components/OrganisationMultiSelect.tsx';
import { useOpenCase } from '../hooks/useOpenCase.ts';
import { ArticleTag } from './ArticleTag.tsx';
import { StepErrorAlert } from './StepErrorAlert.tsx';

export type OpenCaseModalProps = { organisationId: string; institutionType: InstitutionType; onClose: () => void };

/**
 * Opening the application (CM-7, CM-8 / BM-8, BM-9): routing (direct applicants skip the local
 * review), the priority marker (local plan + local government's commitment) and joint co-builders.
 */
export const OpenCaseModal = ({ organisationId, institutionType, onClose }: OpenCaseModalProps) => {
  const [form] = Form.useForm<OpenCase>();
  const { t } = useLocale();
  const { message } = App.useApp();
  const openCase = useOpenCase(organisationId);
  const eligibility = getArticle(institutionType, 'eligibility');
  const application = getArticle(institutionType, 'application');

  // mutateAsync, not mutate's callbacks: the opened case replaces the panel this modal sits in.
  const handleFinish = (values: OpenCase) => {
    openCase
      .mutateAsync({
        isDirectApplicant: values.isDirectApplicant,
        isInLocalPlan: values.isInLocalPlan,
        hasLocalGovernmentCommitment: values.hasLocalGovernmentCommitment,
        coBuilderIds: values.coBuilderIds,
      })
      .then(
        () => {
          void message.success(t('openCase.opened'));
          onClose();
        },
        () => undefined, // shown by StepErrorAlert
      );
  };

  return (
    <Modal
      open
      width={640}
      title={
        <Space size={8}>
          {t('openCase.title')}
          <ArticleTag article={eligibility} />
          <ArticleTag article={application} />
        </Space>
      }
      okText={t('openCase.button')}
      cancelText={t('action.cancel')}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      confirmLoading={openCase.isPending}
      okButtonProps={{ 'data-testid': 'open-case-submit' }}
    >
      <StepErrorAlert error={openCase.error} />
      <Form<OpenCase>
        form={form}
        name="open-case"
        layout="vertical"
        initialValues={{ isDirectApplicant: false, isInLocalPlan: false, hasLocalGovernmentCommitment: false, coBuilderIds: [] }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="isDirectApplicant"
          valuePropName="checked"
          label={
            <Space size={6}>
              {t('openCase.isDirectApplicant')}
              <ArticleTag article={application} />
            </Space>
          }
          extra={t('openCase.directHint')}
        >
          <Switch data-testid="open-case-direct" />
        </Form.Item>
        <Typography.Text strong>
          {t('openCase.priority')} <ArticleTag article={eligibility} />
        </Typography.Text>
        <Form.Item name="isInLocalPlan" valuePropName="checked" style={{ marginBottom: 0, marginTop: 8 }}>
          <Checkbox data-testid="open-case-local-plan">{t('openCase.isInLocalPlan')}</Checkbox>
        </Form.Item>
        <Form.Item name="hasLocalGovernmentCommitment" valuePropName="checked" extra={t('openCase.priorityHint')}>
          <Checkbox data-testid="open-case-commitment">{t('openCase.hasLocalGovernmentCommitment')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="coBuilderIds"
          label={
            <Space size={6}>
              {t('openCase.coBuilders')}
              <ArticleTag article={application} />
            </Space>
          }
          extra={t('openCase.coBuildersHint')}
        >
          <OrganisationMultiSelect excludeIds={[organisationId]} data-testid="open-case-co-builders" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
