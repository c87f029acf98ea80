import { ROLE_LABELS, type Me, type Membership } from '@jiliang/shared';
import { Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

export const WelcomeHeading = ({ me, active }: { me: Me; active: Membership | undefined }) => {
  const { t, pick, locale } = useLocale();
  return (
    <Typography.Title level={3} data-testid="welcome" style={{ marginTop: 0 }}>
      {t('home.welcome', { name: me.user.displayName })}
      {active && (
        <Typography.Text type="secondary" style={{ fontSize: 16, fontWeight: 'normal', marginInlineStart: 12 }}>
          {t('home.actingAs', { role: pick(ROLE_LABELS[active.role]), organisation: pickOrganisationName(active.organisation, locale) })}
        </Typography.Text>
      )}
    </Typography.Title>
  );
};
