import { checkCreditCode, INSTITUTION_TYPES, type Organisation } from '@jiliang/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { settleValidation } from '../../common/utils/settleValidation.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useCreateOrganisation } from '../hooks/useCreateOrganisation.ts';
import { CREATE_ORGANISATION_FIELDS } from '../utils/createOrganisationFields.ts';
import { toCreateOrganisation, type CreateOrganisationFormValues } from '../utils/toCreateOrganisation.ts';
import { CreditCodeInput } from './CreditCodeInput.tsx';
import { DivisionCodeInput } from './DivisionCodeInput.tsx';
import { OrganisationKindSelect } from './OrganisationKindSelect.tsx';
import { OrganisationSelect } from './OrganisationSelect.tsx';

const CREATABLE_KINDS = ['institution', 'enterprise', 'laboratory'] as const;

export type CreateOrganisationModalProps = { onClose: () => void; onCreated: (organisation: Organisation) => void };

/** Mounted only while open, so every opening starts from an empty form. */
export const CreateOrganisationModal = ({ onClose, onCreated }: CreateOrganisationModalProps) => {
  const [form] = Form.useForm<CreateOrganisationFormValues>();
  const kind = Form.useWatch('kind', form);
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const createOrganisation = useCreateOrganisation();

  // GB 32100-2015, checked here as on the server, with the rule's own message; required for enterprises.
  const creditCodeRule: Rule = ({ getFieldValue }) => ({
    validator: (_, value: string | undefined) => {
      const code = value?.trim().toUpperCase() ?? '';
      if (!code) return settleValidation(getFieldValue('kind') === 'enterprise' ? t('organisations.creditCodeRequired') : undefined);
      const problem = checkCreditCode(code);
      return settleValidation(problem && (locale === 'en' ? problem.messageEn : problem.message));
    },
  });

  const handleFinish = (values: CreateOrganisationFormValues) => {
    createOrganisation.mutate(toCreateOrganisation(values), {
      onSuccess: (organisation) => {
        void message.success(t('organisations.created', { name: organisation.name }));
        onCreated(organisation);
      },
      onError: (error) => {
        applyFieldErrors(form, error, CREATE_ORGANISATION_FIELDS, { INVALID_CREDIT_CODE: 'creditCode' });
        showApiError(error);
      },
    });
  };

  return (
    <Modal
      open
      title={t('organisations.create')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      confirmLoading={createOrganisation.isPending}
      okButtonProps={{ 'data-testid': 'create-organisation-submit' }}
      width={640}
    >
      <Form<CreateOrganisationFormValues>
        form={form}
        name="create-organisation"
        layout="vertical"
        initialValues={{ kind: 'enterprise' }}
        onFinish={handleFinish}
      >
        <Form.Item name="kind" label={t('organisations.kind')} rules={[{ required: true }]}>
          <OrganisationKindSelect kinds={CREATABLE_KINDS} />
        </Form.Item>
        <Form.Item name="name" label={t('organisations.name')} rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('organisations.nameEn')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        {kind === 'institution' && (
          <Form.Item
            name="institutionType"
            label={t('organisations.institutionType')}
            rules={[{ required: true, message: t('organisations.institutionTypeRequired') }]}
          >
            <Select options={INSTITUTION_TYPES.map((type) => ({ value: type, label: t(`institutionType.${type}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="creditCode"
          label={t('organisations.creditCode')}
          dependencies={['kind']}
          rules={[creditCodeRule]}
          required={kind === 'enterprise'}
        >
          <CreditCodeInput />
        </Form.Item>
        <Form.Item
          name="divisionCode"
          label={t('organisations.divisionCode')}
          rules={[{ required: true }, { pattern: /^42\d{4}$/, message: t('organisations.divisionCodeInvalid') }]}
        >
          <DivisionCodeInput />
        </Form.Item>
        <Form.Item name="parentId" label={t('organisations.parent')}>
          <OrganisationSelect allowClear />
        </Form.Item>
        <Form.Item name="industry" label={t('organisations.industry')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
};
