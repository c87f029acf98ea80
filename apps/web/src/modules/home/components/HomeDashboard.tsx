import { Flex, Typography } from 'antd';
import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';
import { useHasPermission } from '../../auth/hooks/useHasPermission.ts';
import { useSignedInMe } from '../../auth/hooks/useSignedInMe.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OrganisationCountsPanel } from './OrganisationCountsPanel.tsx';
import { ShortcutCards } from './ShortcutCards.tsx';
import { ROLE_DASHBOARDS } from '../utils/roleDashboards.ts';
import { WelcomeHeading } from './WelcomeHeading.tsx';

/** The home page of the active role: who and where they act, what they can open, and what they oversee. */
export const HomeDashboard = () => {
  const me = useSignedInMe();
  const active = useActiveMembership();
  const { t } = useLocale();
  const canReadOrganisations = useHasPermission('organisations:read');
  const dashboard = active ? ROLE_DASHBOARDS[active.role] : undefined;

  return (
    <Flex vertical gap={24} data-testid={`home-${active?.role ?? 'none'}`}>
      <div>
        <WelcomeHeading me={me} active={active} />
        <Typography.Paragraph type="secondary">{dashboard ? t(dashboard.introKey) : t('home.intro.none')}</Typography.Paragraph>
      </div>
      {dashboard && canReadOrganisations && <OrganisationCountsPanel statKinds={dashboard.statKinds} />}
      <ShortcutCards />
    </Flex>
  );
};
