import { PANEL_PURPOSES, type CreatePanel, type InstitutionCase, type User } from '@jiliang/shared';
import { App, Button, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/utils/isApiError.ts';
import { readFieldIssues } from '../../api/utils/readFieldIssues.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';
import { useCreatePanel, type CreatedPanel } from '../hooks/useCreatePanel.ts';
import { useExperts } from '../hooks/useExperts.ts';
import { findDefaultPanelPurpose } from '../utils/findDefaultPanelPurpose.ts';
import { ArticleTag } from './ArticleTag.tsx';
import { StepErrorAlert } from './StepErrorAlert.tsx';

const PURPOSE_ARTICLES: Record<CreatePanel['purpose'], { CM: string; BM: string }> = {
  application_review: { CM: 'CM-10', BM: 'BM-11' },
  acceptance_assessment: { CM: 'CM-14', BM: 'BM-15' },
  inspection: { CM: 'CM-23', BM: 'BM-23' },
  re_review: { CM: 'CM-24', BM: 'BM-24' },
};

type PanelFormValues = { purpose: CreatePanel['purpose']; leaderUserId: string; memberUserIds?: string[] };

/**
 * The Province forms an expert panel under a team leader (CM-10, CM-14 / BM-11, BM-15). The server
 * refuses an expert from the institution or one of its co-builders (CM-10, 回避); that refusal is
 * shown on the members field and above the form.
 */
export const ExpertPanelForm = ({ caseView }: { caseView: InstitutionCase }) => {
  const [form] = Form.useForm<PanelFormValues>();
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const experts = useExperts(true);
  const createPanel = useCreatePanel(caseView.organisationId);
  const [formed, setFormed] = useState<CreatedPanel[]>([]);
  const measure = caseView.institutionType === 'carbon_metrology_centre' ? 'CM' : 'BM';
  const purpose = Form.useWatch('purpose', form) ?? findDefaultPanelPurpose(caseView.state);

  const labelOf = (user: User | undefined): string => {
    if (!user) return '';
    const expertAt = user.memberships.filter((m) => m.role === 'expert').map((m) => pickOrganisationName(m.organisation, locale));
    return `${user.displayName}（${expertAt.join('、')}）`;
  };
  const options = (experts.data ?? []).map((user) => ({ value: user.id, label: labelOf(user) }));

  const handleFinish = (values: PanelFormValues) => {
    const members = [...new Set([values.leaderUserId, ...(values.memberUserIds ?? [])])];
    createPanel.mutate(
      { purpose: values.purpose, leaderUserId: values.leaderUserId, memberUserIds: members },
      {
        onSuccess: (panel) => {
          const leader = labelOf(experts.data?.find((user) => user.id === panel.leaderUserId));
          void message.success(t('panel.created', { leader }));
          setFormed((previous) => [...previous, panel]);
          form.resetFields(['leaderUserId', 'memberUserIds']);
        },
        onError: (error) => {
          // CM-10: the issue names the conflicted expert; the message goes on the field that holds them.
          const userId = isApiError(error) ? readFieldIssues(error)[0]?.message : undefined;
          const field = userId === values.leaderUserId ? 'leaderUserId' : 'memberUserIds';
          form.setFields([{ name: field, errors: [error.message] }]);
        },
      },
    );
  };

  return (
    <div data-testid="panel-form">
      {/* A refusal about a person (CM-10) sits on that person's field; anything else above the form. */}
      {!(isApiError(createPanel.error) && readFieldIssues(createPanel.error).length > 0) && <StepErrorAlert error={createPanel.error} />}
      <Form<PanelFormValues>
        form={form}
        name="expert-panel"
        layout="vertical"
        initialValues={{ purpose: findDefaultPanelPurpose(caseView.state) }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="purpose"
          label={
            <Space size={6}>
              {t('panel.purpose')}
              <ArticleTag article={PURPOSE_ARTICLES[purpose][measure]} />
            </Space>
          }
          rules={[{ required: true }]}
        >
          <Select data-testid="panel-purpose" options={PANEL_PURPOSES.map((value) => ({ value, label: t(`panel.purpose.${value}`) }))} />
        </Form.Item>
        <Form.Item name="leaderUserId" label={t('panel.leader')} extra={t('panel.leaderHint')} rules={[{ required: true }]}>
          <Select data-testid="panel-leader" options={options} loading={experts.isPending} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          name="memberUserIds"
          label={
            <Space size={6}>
              {t('panel.members')}
              <ArticleTag article={PURPOSE_ARTICLES.application_review[measure]} />
            </Space>
          }
          extra={t('panel.conflictHint')}
        >
          <Select
            data-testid="panel-members"
            mode="multiple"
            options={options}
            loading={experts.isPending}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={createPanel.isPending} data-testid="panel-submit">
          {t('panel.submit')}
        </Button>
      </Form>
      {formed.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="panel-formed">
          {t('panel.formed')}：
          {formed
            .map(
              (panel) =>
                `${t(`panel.purpose.${panel.purpose}`)} · ${t('panel.leader')} ${labelOf(experts.data?.find((u) => u.id === panel.leaderUserId))}`,
            )
            .join('；')}
        </Typography.Paragraph>
      )}
    </div>
  );
};
