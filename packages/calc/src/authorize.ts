import { ROLE_PERMISSIONS, findRegionOf, type OrganisationKind, type Permission, type Role } from '@jiliang/shared';

/**
 * The one authorisation function. Every request is decided here: the HTTP layer asks
 * `authorize(principal, permission, target)` before a route runs, and list queries narrow
 * themselves with `scopeOf(principal)`. Pure: no I/O; the caller loads the principal and target.
 */

/** A signed-in person acts in one membership (role × organisation) at a time. */
export type ActiveMembership = {
  membershipId: string;
  role: Role;
  organisationId: string;
  /** GB/T 2260 region code of the membership's organisation (local bureaus: their prefecture). */
  regionCode: string | null;
  /** Organisations whose panels this expert sits on (CM-10, CM-14); empty for other roles. */
  panelOrganisationIds: readonly string[];
};

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; label: string; membership: ActiveMembership | null }
  | { kind: 'token'; tokenId: string; label: string; organisationId: string; permissions: readonly Permission[] };

/** What a request touches: an organisation, by id, kind and seat. */
export type AccessTarget = { organisationId: string; kind: OrganisationKind; divisionCode: string | null };

export type Scope =
  | { kind: 'all' }
  | { kind: 'region'; regionCode: string; organisationId: string }
  | { kind: 'organisations'; organisationIds: readonly string[] }
  | { kind: 'none' };

export type Decision =
  { allowed: true } | { allowed: false; reason: 'unauthenticated' | 'no_role' | 'permission' | 'scope'; message: string };

export const permissionsOf = (principal: Principal): readonly Permission[] => {
  if (principal.kind === 'token') return principal.permissions;
  if (principal.kind === 'user' && principal.membership) return ROLE_PERMISSIONS[principal.membership.role];
  return [];
};

export const scopeOf = (principal: Principal): Scope => {
  if (principal.kind === 'token') return { kind: 'organisations', organisationIds: [principal.organisationId] };
  if (principal.kind !== 'user' || !principal.membership) return { kind: 'none' };
  const m = principal.membership;
  switch (m.role) {
    case 'province_admin':
      return { kind: 'all' };
    case 'local_officer':
      // CM-5, CM-20: the local bureau manages the units of its own prefecture.
      return m.regionCode ? { kind: 'region', regionCode: m.regionCode, organisationId: m.organisationId } : { kind: 'none' };
    case 'expert':
      return { kind: 'organisations', organisationIds: m.panelOrganisationIds };
    case 'institution_staff':
    case 'enterprise_user':
    case 'viewer':
      return { kind: 'organisations', organisationIds: [m.organisationId] };
  }
};

export const isInScope = (scope: Scope, target: AccessTarget): boolean => {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'organisations':
      return scope.organisationIds.includes(target.organisationId);
    case 'region':
      return (
        target.organisationId === scope.organisationId ||
        (target.kind !== 'province_bureau' &&
          target.kind !== 'local_bureau' &&
          target.divisionCode !== null &&
          findRegionOf(target.divisionCode)?.code === scope.regionCode)
      );
  }
};

export const authorize = (principal: Principal, permission: Permission, target?: AccessTarget | readonly AccessTarget[]): Decision => {
  if (principal.kind === 'anonymous') return { allowed: false, reason: 'unauthenticated', message: '请先登录 (sign in first)' };
  if (principal.kind === 'user' && !principal.membership) {
    return { allowed: false, reason: 'no_role', message: '当前账号没有可用的角色 (this account has no active role)' };
  }
  if (!permissionsOf(principal).includes(permission)) {
    return {
      allowed: false,
      reason: 'permission',
      message: `当前角色无“${permission}”权限 (the active role lacks permission ${permission})`,
    };
  }
  const targets = target === undefined ? [] : Array.isArray(target) ? (target as readonly AccessTarget[]) : [target as AccessTarget];
  const scope = scopeOf(principal);
  for (const t of targets) {
    if (!isInScope(scope, t)) {
      return {
        allowed: false,
        reason: 'scope',
        message: '该组织不在当前角色的管辖范围内 (the organisation is outside the active role’s scope)',
      };
    }
  }
  return { allowed: true };
};
