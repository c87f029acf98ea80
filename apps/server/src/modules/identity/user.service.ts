import type { Kysely } from 'kysely';
import {
  AppError,
  ORGANISATION_KIND_LABELS,
  ROLE_LABELS,
  type CreateUser,
  type Membership,
  type OrganisationKind,
  type Role,
  type User,
} from '@jiliang/shared';
import type { ActiveMembership, Scope } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database, UserRow } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { assertStrongPassword, hashPassword } from './password-hash.ts';
import {
  findUserById,
  findUserByUsername,
  insertMembership,
  insertUser,
  listMembershipsOfUsers,
  listUserRows,
  updateUser,
} from './user.repository.ts';

/** Which kind of organisation each role sits in (MEASURES.md §1). Experts and viewers may sit anywhere. */
const ROLE_ORGANISATION_KINDS: Record<Role, readonly OrganisationKind[] | 'any'> = {
  province_admin: ['province_bureau'],
  local_officer: ['local_bureau'],
  institution_staff: ['institution'],
  enterprise_user: ['enterprise'],
  expert: 'any',
  viewer: 'any',
};

type MembershipRecord = Awaited<ReturnType<typeof listMembershipsOfUsers>>[number];

export const toMembership = (m: MembershipRecord): Membership => ({
  id: m.id,
  role: m.role,
  organisation: { id: m.organisationId, kind: m.kind, name: m.name, nameEn: m.nameEn },
});

export const toActiveMembership = (m: MembershipRecord, panelOrganisationIds: readonly string[] = []): ActiveMembership => ({
  membershipId: m.id,
  role: m.role,
  organisationId: m.organisationId,
  regionCode: m.regionCode,
  panelOrganisationIds,
});

const toUser = (row: UserRow, memberships: MembershipRecord[]): User => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  locale: row.locale,
  lockedUntil: row.lockedUntil ? row.lockedUntil.toISOString() : null,
  createdAt: row.createdAt.toISOString(),
  memberships: memberships.filter((m) => m.userId === row.id).map(toMembership),
});

/** What the audit log keeps of a user: never the hash. */
const auditView = (row: UserRow) => ({ id: row.id, username: row.username, displayName: row.displayName, locale: row.locale });

export type UserService = ReturnType<typeof createUserService>;

export const createUserService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const getUser = async (id: string): Promise<User> => {
    const row = await findUserById(db, id);
    if (!row) throw new AppError('NOT_FOUND', `用户 ${id} 不存在 (user not found)`, { entity: 'user', id });
    return toUser(row, await listMembershipsOfUsers(db, [id]));
  };

  const listMemberships = (userId: string) => listMembershipsOfUsers(db, [userId]);

  const assertRoleFits = async (role: Role, organisationId: string) => {
    const org = await db.selectFrom('organisations').select(['kind', 'name']).where('id', '=', organisationId).executeTakeFirst();
    if (!org)
      throw new AppError('VALIDATION_FAILED', `组织 ${organisationId} 不存在`, [
        { field: 'organisationId', rule: 'exists', message: 'organisation not found' },
      ]);
    const allowed = ROLE_ORGANISATION_KINDS[role];
    if (allowed !== 'any' && !allowed.includes(org.kind)) {
      const kinds = allowed.map((k) => ORGANISATION_KIND_LABELS[k].zh).join('、');
      throw new AppError(
        'VALIDATION_FAILED',
        `角色“${ROLE_LABELS[role].zh}”只能属于${kinds}，而“${org.name}”是${ORGANISATION_KIND_LABELS[org.kind].zh} (role ${role} does not fit a ${org.kind})`,
        [{ field: 'role', rule: `${role} belongs to ${allowed.join(' or ')}`, message: `organisation is a ${org.kind}` }],
      );
    }
  };

  const createUser = async (actor: AuditActor, input: CreateUser): Promise<User> => {
    assertStrongPassword(input.password, input.username);
    if (await findUserByUsername(db, input.username)) {
      throw new AppError('CONFLICT', `用户名 ${input.username} 已存在 (username already taken)`, [
        { field: 'username', rule: 'unique', message: 'already taken' },
      ]);
    }
    await assertRoleFits(input.role, input.organisationId);
    const passwordHash = await hashPassword(input.password);
    const id = await db.transaction().execute(async (trx) => {
      const now = clock.now();
      const row = await insertUser(trx, {
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        locale: input.locale,
        passwordChangedAt: now,
      });
      await insertMembership(trx, { userId: row.id, organisationId: input.organisationId, role: input.role });
      await appendAudit(
        trx,
        {
          actor,
          organisationId: input.organisationId,
          action: 'user.create',
          entityType: 'user',
          entityId: row.id,
          after: { ...auditView(row), role: input.role },
        },
        now,
      );
      return row.id;
    });
    return getUser(id);
  };

  const addMembership = async (actor: AuditActor, userId: string, role: Role, organisationId: string): Promise<User> => {
    await getUser(userId);
    await assertRoleFits(role, organisationId);
    await db.transaction().execute(async (trx) => {
      await insertMembership(trx, { userId, organisationId, role });
      await appendAudit(
        trx,
        { actor, organisationId, action: 'membership.create', entityType: 'user', entityId: userId, after: { role, organisationId } },
        clock.now(),
      );
    });
    return getUser(userId);
  };

  const resetPassword = async (actor: AuditActor, userId: string, password: string): Promise<void> => {
    const row = await findUserById(db, userId);
    if (!row) throw new AppError('NOT_FOUND', `用户 ${userId} 不存在 (user not found)`, { entity: 'user', id: userId });
    assertStrongPassword(password, row.username);
    const passwordHash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      const now = clock.now();
      // A reset also lifts a lockout and ends every session of the user.
      await updateUser(trx, userId, { passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null });
      await trx.deleteFrom('sessions').where('userId', '=', userId).execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: null,
          action: 'user.reset_password',
          entityType: 'user',
          entityId: userId,
          before: auditView(row),
          after: auditView(row),
        },
        now,
      );
    });
  };

  const findUserIdByUsername = async (username: string): Promise<string> => {
    const row = await findUserByUsername(db, username);
    if (!row) throw new AppError('NOT_FOUND', `用户 ${username} 不存在 (user not found)`, { entity: 'user', username });
    return row.id;
  };

  const listUsers = async (scope: Scope, query: { organisationId?: string; page: number; pageSize: number }) => {
    const base =
      scope.kind === 'all'
        ? {}
        : scope.kind === 'region'
          ? { regionCode: scope.regionCode }
          : scope.kind === 'organisations'
            ? { organisationIds: scope.organisationIds }
            : { organisationIds: [] };
    const { rows, total } = await listUserRows(
      db,
      { ...base, organisationId: query.organisationId },
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    const memberships = await listMembershipsOfUsers(
      db,
      rows.map((r) => r.id),
    );
    return { items: rows.map((row) => toUser(row, memberships)), total };
  };

  return { getUser, listMemberships, createUser, addMembership, resetPassword, findUserIdByUsername, listUsers };
};
