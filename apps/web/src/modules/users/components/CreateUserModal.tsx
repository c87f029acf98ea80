import { ROLE_LABELS, ROLES, type CreateUser } from '@jiliang/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OrganisationSelect } from '../../organisations/components/OrganisationSelect.tsx';
import { useCreateUser } from '../hooks/useCreateUser.ts';
import { usePasswordRule } from '../hooks/usePasswordRule.ts';
import { CREATE_USER_FIELDS } from '../utils/createUserFields.ts';

const USERNAME_PATTERN = /^[a-z0-9._-]+$/;

/** Mounted only while open, so every opening starts from an empty form. */
export const CreateUserModal = ({ onClose }: { onClose: () => void }) => {
  const [form] = Form.useForm<CreateUser>();
  const { t, locale, pick } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const createUser = useCreateUser();
  const active = useActiveMembership();
  const passwordRule = usePasswordRule(() => form.getFieldValue('username') as string | undefined);

  const handleFinish = (values: CreateUser) => {
    const input: CreateUser = { ...values, username: values.username.trim(), displayName: values.displayName.trim() };
    createUser.mutate(input, {
      onSuccess: (user) => {
        void message.success(t('users.created', { name: user.displayName }));
        onClose();
      },
      onError: (error) => {
        applyFieldErrors(form, error, CREATE_USER_FIELDS, { WEAK_PASSWORD: 'password', CONFLICT: 'username' });
        showApiError(error);
      },
    });
  };

  return (
    <Modal
      open
      title={t('users.create')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      confirmLoading={createUser.isPending}
      width={560}
    >
      <Form<CreateUser>
        form={form}
        name="create-user"
        layout="vertical"
        initialValues={{ locale, organisationId: active?.organisation.id }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHint')}
          rules={[
            { required: true, whitespace: true },
            { min: 3, max: 64 },
            { pattern: USERNAME_PATTERN, message: t('users.usernameInvalid') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.initialPassword')}
          dependencies={['username']}
          rules={[{ required: true }, passwordRule]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="organisationId" label={t('users.organisation')} rules={[{ required: true }]}>
          <OrganisationSelect />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select options={ROLES.map((role) => ({ value: role, label: pick(ROLE_LABELS[role]) }))} />
        </Form.Item>
        <Form.Item name="locale" label={t('users.locale')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
