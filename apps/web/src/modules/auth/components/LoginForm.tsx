import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { isApiError } from '../../api/utils/isApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { MessageKey } from '../../i18n/utils/messages.ts';
import { useLogin, type LoginInput } from '../hooks/useLogin.ts';

/** Fallback texts by code, for when the server sends no message of its own. */
const LOGIN_ERROR_KEYS: Partial<Record<string, MessageKey>> = {
  AUTH_INVALID_CREDENTIALS: 'auth.invalidCredentials',
  AUTH_LOCKED: 'auth.locked',
  RATE_LIMITED: 'auth.rateLimited',
};

/** Signing in fills the Me query; the login page then redirects (see LoginPage). */
export const LoginForm = () => {
  const { t } = useLocale();
  const login = useLogin();

  const readErrorText = (error: unknown): string => {
    if (!isApiError(error)) return t('error.unexpected');
    if (error.message) return error.message;
    const key = LOGIN_ERROR_KEYS[error.code];
    return key ? t(key) : error.code;
  };

  const handleFinish = (values: LoginInput) => {
    login.mutate({ username: values.username.trim(), password: values.password });
  };

  return (
    <Form<LoginInput> layout="vertical" requiredMark={false} onFinish={handleFinish} disabled={login.isPending}>
      {login.error && (
        <Form.Item>
          <Alert type="error" showIcon title={readErrorText(login.error)} data-testid="login-error" />
        </Form.Item>
      )}
      <Form.Item
        label={t('auth.username')}
        name="username"
        rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
      >
        <Input id="username" name="username" autoComplete="username" prefix={<UserOutlined />} autoFocus />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password id="password" name="password" autoComplete="current-password" prefix={<LockOutlined />} />
      </Form.Item>
      <Form.Item>
        <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
          {t('auth.login')}
        </Button>
      </Form.Item>
    </Form>
  );
};
