import { Card, Flex, Typography } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { LoginForm } from '../modules/auth/components/LoginForm.tsx';
import { useMe } from '../modules/auth/hooks/useMe.ts';
import { LocaleSwitch } from '../modules/i18n/components/LocaleSwitch.tsx';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';

/** Where RequireAuth sent the person from; never back to /login itself. */
const readReturnPath = (state: unknown): string => {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
};

export const LoginPage = () => {
  const { t } = useLocale();
  const { data: me } = useMe();
  const location = useLocation();

  // Signed in (already, or just now through the form): on to the page they wanted, else their role's home.
  if (me) return <Navigate to={readReturnPath(location.state)} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24, background: '#f0f2f5' }}>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 420 }}>
        <LocaleSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 420 }} data-testid="page-login">
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            计量 Jiliang
          </Typography.Title>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {t('app.subtitle')}
          </Typography.Text>
        </Flex>
        <LoginForm />
      </Card>
    </Flex>
  );
};
