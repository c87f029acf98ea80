import type { User } from '@jiliang/shared';
import { App, Form, Input, Modal } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { settleValidation } from '../../common/utils/settleValidation.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { usePasswordRule } from '../hooks/usePasswordRule.ts';
import { useResetPassword } from '../hooks/useResetPassword.ts';

type ResetPasswordValues = { password: string; confirm: string };

export const ResetPasswordModal = ({ user, onClose }: { user: User; onClose: () => void }) => {
  const [form] = Form.useForm<ResetPasswordValues>();
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const resetPassword = useResetPassword();
  const passwordRule = usePasswordRule(() => user.username);

  const handleFinish = ({ password }: ResetPasswordValues) => {
    resetPassword.mutate(
      { userId: user.id, password },
      {
        onSuccess: () => {
          void message.success(t('users.passwordReset', { name: user.displayName }));
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(form, error, ['password'], { WEAK_PASSWORD: 'password' });
          showApiError(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('users.resetPasswordFor', { name: user.displayName })}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      confirmLoading={resetPassword.isPending}
    >
      <Form<ResetPasswordValues> form={form} name="reset-password" layout="vertical" onFinish={handleFinish}>
        <Form.Item name="password" label={t('users.newPassword')} rules={[{ required: true }, passwordRule]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                settleValidation(value && value !== getFieldValue('password') ? t('users.passwordMismatch') : undefined),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
