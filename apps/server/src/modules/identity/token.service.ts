import type { Kysely } from 'kysely';
import { AppError, TOKEN_PERMISSIONS, type ApiToken, type CreateToken, type Permission } from '@jiliang/shared';
import type { Principal, Scope } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { hashSecret, isSameSecret, randomSecret } from './secrets.ts';
import { randomBytes } from 'node:crypto';

/**
 * Machine tokens (gateways, scripts): `jlt_<prefix>_<secret>`. The whole string is shown once; the
 * store keeps only its SHA-256. Scoped to one organisation and a set of permissions; revocable.
 */
type TokenRow = Awaited<ReturnType<typeof findTokenByPrefix>>;

const findTokenByPrefix = (db: Kysely<Database>, prefix: string) =>
  db.selectFrom('apiTokens').selectAll().where('prefix', '=', prefix).executeTakeFirst();

const toApiToken = (row: NonNullable<TokenRow>): ApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  organisationId: row.organisationId,
  permissions: row.permissions as Permission[],
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
  revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
});

const TOKEN_PATTERN = /^jlt_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type TokenService = ReturnType<typeof createTokenService>;

export const createTokenService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const createToken = async (
    actor: AuditActor,
    creatorPermissions: readonly Permission[],
    input: CreateToken,
  ): Promise<{ token: ApiToken; secret: string }> => {
    const notForMachines = input.permissions.filter((p) => !TOKEN_PERMISSIONS.includes(p));
    if (notForMachines.length > 0) {
      throw new AppError('VALIDATION_FAILED', `访问令牌不能授予这些权限：${notForMachines.join(', ')} (not grantable to machine tokens)`, [
        { field: 'permissions', rule: `subset of ${TOKEN_PERMISSIONS.join(', ')}`, message: notForMachines.join(', ') },
      ]);
    }
    const beyondCreator = input.permissions.filter((p) => !creatorPermissions.includes(p));
    if (beyondCreator.length > 0) {
      throw new AppError('FORBIDDEN', `不能授予自己没有的权限：${beyondCreator.join(', ')} (a token cannot exceed its creator)`, [
        { field: 'permissions', rule: "subset of the creator's permissions", message: beyondCreator.join(', ') },
      ]);
    }
    const prefix = randomBytes(6).toString('hex');
    const secret = `jlt_${prefix}_${randomSecret(32)}`;
    const row = await db.transaction().execute(async (trx) => {
      const now = clock.now();
      const row = await trx
        .insertInto('apiTokens')
        .values({
          organisationId: input.organisationId,
          name: input.name,
          prefix,
          secretHash: hashSecret(secret),
          permissions: [...input.permissions],
          createdBy: actor.userId,
          createdAt: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: input.organisationId,
          action: 'token.create',
          entityType: 'api_token',
          entityId: row.id,
          after: toApiToken(row),
        },
        now,
      );
      return row;
    });
    return { token: toApiToken(row), secret };
  };

  const getToken = async (id: string): Promise<ApiToken> => {
    const row = await db.selectFrom('apiTokens').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `访问令牌 ${id} 不存在 (token not found)`, { entity: 'api_token', id });
    return toApiToken(row);
  };

  const revokeToken = async (actor: AuditActor, id: string): Promise<ApiToken> => {
    const before = await getToken(id);
    if (before.revokedAt) return before;
    const row = await db.transaction().execute(async (trx) => {
      const now = clock.now();
      const row = await trx.updateTable('apiTokens').set({ revokedAt: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: row.organisationId,
          action: 'token.revoke',
          entityType: 'api_token',
          entityId: id,
          before,
          after: toApiToken(row),
        },
        now,
      );
      return row;
    });
    return toApiToken(row);
  };

  /** Resolve an `Authorization: Bearer` value into a principal, or refuse it saying why. */
  const resolveToken = async (presented: string): Promise<Principal> => {
    const match = TOKEN_PATTERN.exec(presented);
    const row = match ? await findTokenByPrefix(db, match[1] ?? '') : undefined;
    if (!row || !isSameSecret(row.secretHash, hashSecret(presented))) {
      throw new AppError('AUTH_INVALID_CREDENTIALS', '访问令牌无效 (the API token is not valid)');
    }
    if (row.revokedAt) {
      throw new AppError(
        'AUTH_TOKEN_REVOKED',
        `访问令牌“${row.name}”已于 ${row.revokedAt.toISOString()} 吊销 (the API token was revoked)`,
        { tokenId: row.id, revokedAt: row.revokedAt.toISOString() },
      );
    }
    const now = clock.now();
    // Usage bookkeeping, not an audited change; written at most once a minute.
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
      await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
    }
    return {
      kind: 'token',
      tokenId: row.id,
      label: `token:${row.name}`,
      organisationId: row.organisationId,
      permissions: row.permissions as Permission[],
    };
  };

  const findTokenIdByPrefix = async (prefix: string): Promise<string> => {
    const row = await findTokenByPrefix(db, prefix);
    if (!row) throw new AppError('NOT_FOUND', `访问令牌 ${prefix} 不存在 (token not found)`, { prefix });
    return row.id;
  };

  const listTokens = async (scope: Scope, query: { organisationId?: string; page: number; pageSize: number }) => {
    let q = db.selectFrom('apiTokens');
    if (scope.kind === 'none') return { items: [], total: 0 };
    if (scope.kind === 'organisations') {
      if (scope.organisationIds.length === 0) return { items: [], total: 0 };
      q = q.where('organisationId', 'in', scope.organisationIds);
    }
    if (scope.kind === 'region') {
      const regionCode = scope.regionCode;
      q = q.where('organisationId', 'in', (qb) => qb.selectFrom('organisations').select('id').where('regionCode', '=', regionCode));
    }
    if (query.organisationId) q = q.where('organisationId', '=', query.organisationId);
    const [rows, count] = await Promise.all([
      q
        .selectAll()
        .orderBy('createdAt', 'desc')
        .offset((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toApiToken), total: Number(count.n) };
  };

  return { createToken, getToken, revokeToken, resolveToken, findTokenIdByPrefix, listTokens };
};
