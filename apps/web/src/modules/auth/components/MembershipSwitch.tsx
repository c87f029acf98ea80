import { App, Select } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useSignedInMe } from '../hooks/useSignedInMe.ts';
import { useSwitchMembership } from '../hooks/useSwitchMembership.ts';
import { formatMembershipLabel } from '../utils/formatMembershipLabel.ts';

/** Lets a person with several memberships choose which organisation and role they act in. */
export const MembershipSwitch = () => {
  const me = useSignedInMe();
  const { locale, t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const switchMembership = useSwitchMembership();

  const options = me.memberships.map((membership) => ({ value: membership.id, label: formatMembershipLabel(membership, locale) }));

  const handleChange = (membershipId: string) => {
    switchMembership.mutate(membershipId, {
      onSuccess: (next) => {
        const active = next.memberships.find((membership) => membership.id === next.activeMembershipId);
        if (active) void message.success(t('auth.switchedTo', { label: formatMembershipLabel(active, locale) }));
      },
      onError: showApiError,
    });
  };

  return (
    <Select
      data-testid="membership-switch"
      aria-label={t('auth.switchMembership')}
      value={me.activeMembershipId ?? undefined}
      placeholder={t('auth.switchMembership')}
      options={options}
      loading={switchMembership.isPending}
      disabled={switchMembership.isPending}
      onChange={handleChange}
      popupMatchSelectWidth={false}
      style={{ minWidth: 240, maxWidth: 420 }}
    />
  );
};
