import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useLogout } from '../hooks/useLogout.ts';

export const LogoutButton = () => {
  const { t } = useLocale();
  const logout = useLogout();
  return (
    <Button
      data-testid="logout"
      type="text"
      icon={<LogoutOutlined />}
      loading={logout.isPending}
      onClick={() => {
        logout.mutate();
      }}
    >
      {t('auth.logout')}
    </Button>
  );
};
