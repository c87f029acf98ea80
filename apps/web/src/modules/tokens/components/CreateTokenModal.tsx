import { TOKEN_PERMISSIONS, type CreateToken, type Permission } from '@jiliang/shared';
import { Checkbox, Form, Input, Modal } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OrganisationSelect } from '../../organisations/components/OrganisationSelect.tsx';
import { useCreateToken, type CreatedToken } from '../hooks/useCreateToken.ts';

const CREATE_TOKEN_FIELDS = ['name', 'organisationId', 'permissions'] as const;

export type CreateTokenModalProps = { organisationId: string | undefined; onClose: () => void; onCreated: (created: CreatedToken) => void };

/** A token carries a subset of its creator's permissions, so only those are offered. */
export const CreateTokenModal = ({ organisationId, onClose, onCreated }: CreateTokenModalProps) => {
  const [form] = Form.useForm<CreateToken>();
  const { t } = useLocale();
  const me = useSignedInMe();
  const active = useActiveMembership();
  const showApiError = useShowApiError();
  const createToken = useCreateToken();
  const grantable: Permission[] = TOKEN_PERMISSIONS.filter((permission) => me.permissions.includes(permission));

  const handleFinish = (values: CreateToken) => {
    createToken.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: onCreated,
        onError: (error) => {
          applyFieldErrors(form, error, CREATE_TOKEN_FIELDS);
          showApiError(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('tokens.create')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      confirmLoading={createToken.isPending}
    >
      <Form<CreateToken>
        form={form}
        name="create-token"
        layout="vertical"
        initialValues={{ organisationId: organisationId ?? active?.organisation.id, permissions: grantable.slice(0, 1) }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="name"
          label={t('tokens.name')}
          extra={t('tokens.nameHint')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="organisationId" label={t('tokens.organisation')} rules={[{ required: true }]}>
          <OrganisationSelect />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('tokens.permissions')}
          rules={[{ required: true, type: 'array', min: 1, message: t('tokens.permissionsRequired') }]}
        >
          <Checkbox.Group
            options={grantable.map((permission) => ({ value: permission, label: `${t(`permission.${permission}`)} (${permission})` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
