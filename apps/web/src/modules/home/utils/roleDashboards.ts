import type { OrganisationKind, Role } from '@jiliang/shared';
import type { MessageKey } from '../../i18n/utils/messages.ts';

export type RoleDashboard = {
  /** What this role does on the platform, in a sentence. */
  introKey: MessageKey;
  /** The organisation kinds this role watches most, shown as counts. */
  statKinds: readonly OrganisationKind[];
};

export const ROLE_DASHBOARDS: Record<Role, RoleDashboard> = {
  province_admin: { introKey: 'home.intro.province_admin', statKinds: ['local_bureau', 'institution', 'enterprise', 'laboratory'] },
  local_officer: { introKey: 'home.intro.local_officer', statKinds: ['institution', 'enterprise', 'laboratory'] },
  institution_staff: { introKey: 'home.intro.institution_staff', statKinds: ['institution', 'enterprise'] },
  enterprise_user: { introKey: 'home.intro.enterprise_user', statKinds: ['enterprise'] },
  expert: { introKey: 'home.intro.expert', statKinds: ['institution', 'enterprise'] },
  viewer: { introKey: 'home.intro.viewer', statKinds: ['institution', 'enterprise'] },
};
