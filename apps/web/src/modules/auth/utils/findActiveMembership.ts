import type { Me, Membership } from '@jiliang/shared';

export const findActiveMembership = (me: Me): Membership | undefined =>
  me.memberships.find((membership) => membership.id === me.activeMembershipId);
