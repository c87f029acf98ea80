import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { findSelectedNavKey } from '../utils/findSelectedNavKey.ts';
import { listVisibleNavItems } from '../utils/listVisibleNavItems.ts';

export const SideMenu = () => {
  const { permissions } = useSignedInMe();
  const { t } = useLocale();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = findSelectedNavKey(pathname);

  const items = listVisibleNavItems(permissions).map((item) => ({
    key: item.key,
    icon: <item.icon />,
    label: t(item.labelKey),
    'data-testid': `nav-${item.key}`,
    onClick: () => void navigate(item.path),
  }));

  return <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />;
};
