import { useSearchParams } from 'react-router';
import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

export type CarbonEnterprise = {
  /** The enterprise shown: an enterprise user's own, else the one picked (kept in the URL as ?enterprise=). */
  enterpriseId: string | undefined;
  /** Set for an enterprise user: the picker shows it and cannot change it. */
  fixed: { id: string; name: string } | undefined;
  select: (id: string) => void;
};

const STORAGE_KEY = 'jiliang.carbon.enterprise';

const readStored = (): string | undefined => {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined; // storage disabled: the URL alone carries the choice
  }
};

/**
 * The enterprise of the carbon screens: in the URL (?enterprise=), so a link to a run list can be shared, and
 * remembered for the tab's session, so 碳排放核算 and 排放源 show the same one when the menu moves between them.
 */
export const useCarbonEnterprise = (): CarbonEnterprise => {
  const { locale } = useLocale();
  const membership = useActiveMembership();
  const [searchParams, setSearchParams] = useSearchParams();
  const fixed =
    membership?.organisation.kind === 'enterprise'
      ? { id: membership.organisation.id, name: pickOrganisationName(membership.organisation, locale) }
      : undefined;
  return {
    enterpriseId: fixed?.id ?? searchParams.get('enterprise') ?? readStored(),
    fixed,
    select: (id) => {
      const next = new URLSearchParams(searchParams);
      next.set('enterprise', id);
      setSearchParams(next);
      try {
        window.sessionStorage.setItem(STORAGE_KEY, id);
      } catch {
        // storage disabled: the URL alone carries the choice
      }
    },
  };
};
