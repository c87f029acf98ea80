import type { Kysely } from 'kysely';
import { AppError, ROLE_PERMISSIONS, type Me } from '@jiliang/shared';
import type { Principal } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database, UserRow } from '../../store/database.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { getDummyHash, verifyPassword } from './password-hash.ts';
import { hashSecret, randomSecret } from './secrets.ts';
import { findUserById, findUserByUsername, listMembershipsOfUsers, updateUser } from './user.repository.ts';
import { toActiveMembership, toMembership } from './user.service.ts';

export type AuthSettings = { sessionHours: number; lockout: { maxFailures: number; minutes: number } };

export type SessionContext = { sessionId: string; csrfToken: string; principal: Principal; me: Me };

export type AuthService = ReturnType<typeof createAuthService>;

const userActor = (user: UserRow) => ({ userId: user.id, tokenId: null, label: user.username });

export const createAuthService = ({
  db,
  clock,
  settings,
  listPanelOrganisationIds,
}: {
  db: Kysely<Database>;
  clock: Clock;
  settings: AuthSettings;
  listPanelOrganisationIds: (userId: string) => Promise<string[]>;
}) => {
  const buildContext = async (
    user: UserRow,
    sessionId: string,
    csrfToken: string,
    activeMembershipId: string | null,
  ): Promise<SessionContext> => {
    const memberships = await listMembershipsOfUsers(db, [user.id]);
    const active = memberships.find((m) => m.id === activeMembershipId) ?? memberships[0];
    // CM-10: an expert's scope is the organisations of the panels they sit on, read at every request.
    const panels = active?.role === 'expert' ? await listPanelOrganisationIds(user.id) : [];
    const principal: Principal = {
      kind: 'user',
      userId: user.id,
      label: user.username,
      membership: active ? toActiveMembership(active, panels) : null,
    };
    const me: Me = {
      user: { id: user.id, username: user.username, displayName: user.displayName, locale: user.locale },
      memberships: memberships.map(toMembership),
      activeMembershipId: active?.id ?? null,
      permissions: active ? [...ROLE_PERMISSIONS[active.role]] : [],
    };
    return { sessionId, csrfToken, principal, me };
  };

  /**
   * Throttling and lockout (decided; docs/SECURITY.md): after `maxFailures` consecutive wrong
   * passwords the account locks for `minutes`; the login route is also rate-limited per address.
   */
  const login = async (
    username: string,
    password: string,
    meta: { ip: string },
  ): Promise<SessionContext & { sessionToken: string; expiresAt: Date }> => {
    const now = clock.now();
    const user = await findUserByUsername(db, username.trim().toLowerCase());
    if (!user) {
      await verifyPassword(await getDummyHash(), password);
      throw new AppError('AUTH_INVALID_CREDENTIALS', '用户名或密码错误 (wrong username or password)');
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new AppError(
        'AUTH_LOCKED',
        `账号因多次登录失败已锁定，请于 ${user.lockedUntil.toISOString()} 后重试或联系管理员重置密码 (account locked after repeated failures until ${user.lockedUntil.toISOString()})`,
        {
          lockedUntil: user.lockedUntil.toISOString(),
        },
      );
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      const failures = user.failedLogins + 1;
      if (failures >= settings.lockout.maxFailures) {
        const lockedUntil = new Date(now.getTime() + settings.lockout.minutes * 60_000);
        await db.transaction().execute(async (trx) => {
          await updateUser(trx, user.id, { failedLogins: 0, lockedUntil });
          await appendAudit(
            trx,
            {
              actor: userActor(user),
              organisationId: null,
              action: 'user.lock',
              entityType: 'user',
              entityId: user.id,
              detail: { failures, lockedUntil: lockedUntil.toISOString(), ip: meta.ip },
            },
            now,
          );
        });
        throw new AppError(
          'AUTH_LOCKED',
          `连续${failures}次密码错误，账号锁定${settings.lockout.minutes}分钟 (account locked for ${settings.lockout.minutes} minutes after ${failures} failures)`,
          {
            lockedUntil: lockedUntil.toISOString(),
          },
        );
      }
      await updateUser(db, user.id, { failedLogins: failures });
      throw new AppError('AUTH_INVALID_CREDENTIALS', '用户名或密码错误 (wrong username or password)', {
        remainingAttempts: settings.lockout.maxFailures - failures,
      });
    }
    const sessionToken = randomSecret();
    const csrfToken = randomSecret(24);
    const expiresAt = new Date(now.getTime() + settings.sessionHours * 3_600_000);
    const session = await db.transaction().execute(async (trx) => {
      await updateUser(trx, user.id, { failedLogins: 0, lockedUntil: null });
      const session = await trx
        .insertInto('sessions')
        .values({
          tokenHash: hashSecret(sessionToken),
          userId: user.id,
          activeMembershipId: null,
          csrfToken,
          createdAt: now,
          expiresAt,
          lastSeenAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        {
          actor: userActor(user),
          organisationId: null,
          action: 'session.create',
          entityType: 'session',
          entityId: session.id,
          detail: { ip: meta.ip },
        },
        now,
      );
      return session;
    });
    return { ...(await buildContext(user, session.id, csrfToken, null)), sessionToken, expiresAt };
  };

  /** The signed-in context for a session cookie, or undefined if unknown or expired. */
  const resolveSession = async (sessionToken: string): Promise<SessionContext | undefined> => {
    const session = await db.selectFrom('sessions').selectAll().where('tokenHash', '=', hashSecret(sessionToken)).executeTakeFirst();
    if (!session || session.expiresAt <= clock.now()) return undefined;
    const user = await findUserById(db, session.userId);
    if (!user) return undefined;
    return buildContext(user, session.id, session.csrfToken, session.activeMembershipId);
  };

  const logout = async (context: SessionContext): Promise<void> => {
    if (context.principal.kind !== 'user') return;
    const { userId, label } = context.principal;
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sessions').where('id', '=', context.sessionId).execute();
      await appendAudit(
        trx,
        {
          actor: { userId, tokenId: null, label },
          organisationId: null,
          action: 'session.delete',
          entityType: 'session',
          entityId: context.sessionId,
        },
        clock.now(),
      );
    });
  };

  /** The organisation switcher: act in another of one's own memberships. */
  const switchMembership = async (context: SessionContext, membershipId: string): Promise<SessionContext> => {
    if (context.principal.kind !== 'user') throw new AppError('FORBIDDEN', 'only people switch roles');
    if (!context.me.memberships.some((m) => m.id === membershipId)) {
      throw new AppError('FORBIDDEN', '该角色不属于当前用户 (that membership is not yours)', [
        { field: 'membershipId', rule: 'one of your memberships', message: membershipId },
      ]);
    }
    const { userId, label } = context.principal;
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('sessions').set({ activeMembershipId: membershipId }).where('id', '=', context.sessionId).execute();
      await appendAudit(
        trx,
        {
          actor: { userId, tokenId: null, label },
          organisationId: null,
          action: 'session.switch_membership',
          entityType: 'session',
          entityId: context.sessionId,
          detail: { membershipId },
        },
        clock.now(),
      );
    });
    const user = await findUserById(db, userId);
    if (!user) throw new AppError('NOT_FOUND', 'user not found');
    return buildContext(user, context.sessionId, context.csrfToken, membershipId);
  };

  return { login, resolveSession, logout, switchMembership };
};
