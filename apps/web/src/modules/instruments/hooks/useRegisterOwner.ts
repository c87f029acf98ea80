import { useActiveMembership } from '../../auth/hooks/useActiveMembership.ts';

const REGISTER_KINDS = new Set(['enterprise', 'institution', 'laboratory']);

export type RegisterOwner = {
  /** The register acted on: the filter's owner, else the person's own organisation when it keeps one. */
  ownerId: string | undefined;
  /** Enterprise users see their own register only; everyone else may choose among the owners in scope. */
  canChooseOwner: boolean;
};

export const useRegisterOwner = (filterOwnerId: string | undefined): RegisterOwner => {
  const active = useActiveMembership();
  const own = active && REGISTER_KINDS.has(active.organisation.kind) ? active.organisation.id : undefined;
  const canChooseOwner = active?.role !== 'enterprise_user';
  return { ownerId: filterOwnerId ?? own, canChooseOwner };
};
