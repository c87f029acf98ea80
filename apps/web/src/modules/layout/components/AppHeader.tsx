import { UserOutlined } from '@ant-design/icons';
import { Flex, Layout, Space, Typography, theme } from 'antd';
import { LogoutButton } from '../../auth/components/LogoutButton.tsx';
import { MembershipSwitch } from '../../auth/components/MembershipSwitch.tsx';
import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';
import { useHasPermission } from '../../auth/hooks/useHasPermission.ts';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { formatMembershipLabel } from '../../auth/utils/formatMembershipLabel.ts';
import { LocaleSwitch } from '../../i18n/components/LocaleSwitch.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { RemindersBell } from '../../institutions/components/RemindersBell.tsx';

export const AppHeader = () => {
  const me = useSignedInMe();
  const active = useActiveMembership();
  const { locale } = useLocale();
  const { token } = theme.useToken();
  const canReadInstitutions = useHasPermission('institutions:read');

  return (
    <Layout.Header
      style={{ background: token.colorBgContainer, paddingInline: 24, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex align="center" justify="flex-end" gap={16} style={{ height: '100%' }}>
        {me.memberships.length > 1 ? (
          <MembershipSwitch />
        ) : (
          active && (
            <Typography.Text type="secondary" data-testid="active-membership">
              {formatMembershipLabel(active, locale)}
            </Typography.Text>
          )
        )}
        {canReadInstitutions && <RemindersBell />}
        <Space size={4}>
          <UserOutlined />
          <Typography.Text strong data-testid="user-display-name">
            {me.user.displayName}
          </Typography.Text>
        </Space>
        <LocaleSwitch />
        <LogoutButton />
      </Flex>
    </Layout.Header>
  );
};
