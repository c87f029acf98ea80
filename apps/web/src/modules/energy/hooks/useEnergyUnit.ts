import { useState } from 'react';
import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../../organisations/utils/pickOrganisationName.ts';

export type EnergyUnit = { id: string; name: string };

/**
 * The unit the energy screens show: a person acting for an energy-using unit (an enterprise, institution or
 * laboratory) sees their own; bureaus choose an enterprise.
 */
export const useEnergyUnit = () => {
  const { locale } = useLocale();
  const membership = useActiveMembership();
  const kind = membership?.organisation.kind;
  const own: EnergyUnit | undefined =
    membership && (kind === 'enterprise' || kind === 'institution' || kind === 'laboratory')
      ? { id: membership.organisation.id, name: pickOrganisationName(membership.organisation, locale) }
      : undefined;
  const [picked, setPicked] = useState<EnergyUnit | undefined>(undefined);
  return {
    unit: own ?? picked,
    own,
    pick: (id: string, name: string) => {
      setPicked({ id, name });
    },
  };
};
