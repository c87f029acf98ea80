import { sql, type Kysely } from 'kysely';
import type { AuditLogRow, Database } from '../../store/database.ts';

/** Dumb repository: typed SQL for the audit log, no rules. */
export const lockAuditLog = async (db: Kysely<Database>): Promise<void> => {
  // Appends serialise here for the rest of the transaction, so the chain never forks.
  await sql`SELECT pg_advisory_xact_lock(7244000002)`.execute(db);
};

export const findLastAuditEntry = (db: Kysely<Database>) =>
  db.selectFrom('auditLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();

export const insertAuditEntry = (db: Kysely<Database>, row: Omit<AuditLogRow, 'detail'> & { detail: Record<string, unknown> }) =>
  db
    .insertInto('auditLog')
    .values({ ...row, detail: JSON.stringify(row.detail) })
    .returningAll()
    .executeTakeFirstOrThrow();

export const listAuditEntriesAfter = (db: Kysely<Database>, afterSeq: number, limit: number) =>
  db.selectFrom('auditLog').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();

export type AuditListFilter = { organisationIds?: readonly string[]; regionCode?: string };

export const listAuditEntries = async (db: Kysely<Database>, filter: AuditListFilter, offset: number, limit: number) => {
  let query = db.selectFrom('auditLog');
  if (filter.organisationIds) {
    const ids = filter.organisationIds;
    if (ids.length === 0) return { items: [], total: 0 };
    query = query.where('auditLog.organisationId', 'in', ids);
  }
  if (filter.regionCode) {
    const regionCode = filter.regionCode;
    query = query.where('auditLog.organisationId', 'in', (qb) =>
      qb.selectFrom('organisations').select('id').where('regionCode', '=', regionCode),
    );
  }
  const [items, count] = await Promise.all([
    query.selectAll('auditLog').orderBy('auditLog.seq', 'desc').offset(offset).limit(limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
};
