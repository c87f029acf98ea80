import { describe, expect, it } from 'vitest';
import type { Role } from '@jiliang/shared';
import { authorize, scopeOf, type AccessTarget, type Principal } from './authorize.ts';

const XIANGYANG_BUREAU = 'b-420600';
const user = (role: Role, organisationId: string, regionCode: string | null = null, panelOrganisationIds: string[] = []): Principal => ({
  kind: 'user',
  userId: 'u',
  label: 'u',
  membership: { membershipId: 'm', role, organisationId, regionCode, panelOrganisationIds },
});

const enterpriseIn = (id: string, divisionCode: string): AccessTarget => ({ organisationId: id, kind: 'enterprise', divisionCode });

describe('authorize: the one access decision', () => {
  it('refuses anonymous callers as unauthenticated', () => {
    expect(authorize({ kind: 'anonymous' }, 'organisations:read')).toMatchObject({ allowed: false, reason: 'unauthenticated' });
  });

  it('lets the Province reach every organisation (CM-5)', () => {
    expect(authorize(user('province_admin', 'p'), 'organisations:write', enterpriseIn('e', '421303'))).toEqual({ allowed: true });
  });

  it('keeps a local officer inside their prefecture (CM-5, CM-20)', () => {
    const officer = user('local_officer', XIANGYANG_BUREAU, '420600');
    expect(authorize(officer, 'organisations:read', enterpriseIn('e1', '420607')).allowed).toBe(true);
    expect(
      authorize(officer, 'organisations:read', { organisationId: XIANGYANG_BUREAU, kind: 'local_bureau', divisionCode: '420600' }).allowed,
    ).toBe(true);
    expect(authorize(officer, 'organisations:read', enterpriseIn('e2', '420107'))).toMatchObject({ allowed: false, reason: 'scope' });
    // Another bureau is not "in" the region even if its code were nearby.
    expect(
      authorize(officer, 'organisations:read', { organisationId: 'b-420100', kind: 'local_bureau', divisionCode: '420100' }).allowed,
    ).toBe(false);
  });

  it('refuses a permission the role does not have, whatever the scope', () => {
    expect(authorize(user('viewer', 'e1'), 'sites:write', enterpriseIn('e1', '420607'))).toMatchObject({
      allowed: false,
      reason: 'permission',
    });
  });

  it('keeps enterprise users and institution staff to their own organisation', () => {
    expect(authorize(user('enterprise_user', 'e1'), 'sites:write', enterpriseIn('e1', '420607')).allowed).toBe(true);
    expect(authorize(user('enterprise_user', 'e1'), 'sites:read', enterpriseIn('e2', '420607')).allowed).toBe(false);
    expect(authorize(user('institution_staff', 'i1'), 'organisations:read', enterpriseIn('e1', '420607')).allowed).toBe(false);
  });

  it('lets an expert see only the organisations of their panels (CM-10)', () => {
    expect(
      authorize(user('expert', 'lab', null, ['i1']), 'organisations:read', {
        organisationId: 'i1',
        kind: 'institution',
        divisionCode: '420111',
      }).allowed,
    ).toBe(true);
    expect(
      authorize(user('expert', 'lab', null, []), 'organisations:read', {
        organisationId: 'lab',
        kind: 'laboratory',
        divisionCode: '420111',
      }).allowed,
    ).toBe(false);
  });

  it('bounds a token by its own permissions and organisation', () => {
    const token: Principal = { kind: 'token', tokenId: 't', label: 't', organisationId: 'e1', permissions: ['readings:write'] };
    expect(authorize(token, 'readings:write', enterpriseIn('e1', '420607')).allowed).toBe(true);
    expect(authorize(token, 'readings:write', enterpriseIn('e2', '420607')).allowed).toBe(false);
    expect(authorize(token, 'sites:read', enterpriseIn('e1', '420607')).allowed).toBe(false);
    expect(scopeOf(token)).toEqual({ kind: 'organisations', organisationIds: ['e1'] });
  });

  it('requires every target of a multi-organisation request to be in scope', () => {
    const staff = user('institution_staff', 'i1');
    const targets = [enterpriseIn('i1', '420111'), enterpriseIn('i2', '420111')];
    expect(authorize(staff, 'organisations:read', targets).allowed).toBe(false);
  });

  it('refuses a signed-in user with no membership', () => {
    expect(authorize({ kind: 'user', userId: 'u', label: 'u', membership: null }, 'organisations:read')).toMatchObject({
      allowed: false,
      reason: 'no_role',
    });
  });
});
