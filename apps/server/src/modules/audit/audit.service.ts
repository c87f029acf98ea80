import type { Kysely } from 'kysely';
import type { AuditEntry, AuditVerification } from '@jiliang/shared';
import type { Scope } from '@jiliang/calc';
import type { AuditLogRow, Database } from '../../store/database.ts';
import { GENESIS_HASH, computeAuditHash, digestOf } from './audit-hash.ts';
import { findLastAuditEntry, insertAuditEntry, listAuditEntries, listAuditEntriesAfter, lockAuditLog } from './audit.repository.ts';

export type AuditActor = { userId: string | null; tokenId: string | null; label: string };

export type AuditRecord = {
  actor: AuditActor;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
};

export const SYSTEM_ACTOR: AuditActor = { userId: null, tokenId: null, label: 'system' };

/**
 * Append one entry to the hash chain. Call it inside the transaction that makes the change, so the
 * change and its audit entry commit or roll back together.
 */
export const appendAudit = async (trx: Kysely<Database>, record: AuditRecord, at: Date): Promise<AuditLogRow> => {
  await lockAuditLog(trx);
  const last = await findLastAuditEntry(trx);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at,
    actorUserId: record.actor.userId,
    actorTokenId: record.actor.tokenId,
    actorLabel: record.actor.label,
    organisationId: record.organisationId,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    beforeDigest: digestOf(record.before),
    afterDigest: digestOf(record.after),
    detail: record.detail ?? {},
  };
  return insertAuditEntry(trx, { ...fields, prevHash, hash: computeAuditHash(prevHash, fields) });
};

/** Walk the whole chain in order and name the first entry that does not hold. */
export const verifyAuditChain = async (db: Kysely<Database>, pageSize = 2000): Promise<AuditVerification> => {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await listAuditEntriesAfter(db, expectedSeq - 1, pageSize);
    if (page.length === 0) return { ok: true, checked, firstBroken: null };
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          checked,
          firstBroken: {
            seq: expectedSeq,
            reason: 'sequence_gap',
            message: `审计条目 #${expectedSeq} 缺失 (entry #${expectedSeq} is missing; the next entry is #${row.seq})`,
          },
        };
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBroken: {
            seq: row.seq,
            reason: 'link_broken',
            message: `审计条目 #${row.seq} 的前序哈希与 #${row.seq - 1} 不符 (entry #${row.seq} does not link to entry #${row.seq - 1})`,
          },
        };
      }
      const recomputed = computeAuditHash(row.prevHash, { ...row, detail: row.detail });
      if (recomputed !== row.hash) {
        return {
          ok: false,
          checked,
          firstBroken: {
            seq: row.seq,
            reason: 'hash_mismatch',
            message: `审计条目 #${row.seq} 的内容已被改动 (entry #${row.seq} was altered after it was written: its hash no longer matches its contents)`,
          },
        };
      }
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
};

export const toAuditEntry = (row: AuditLogRow): AuditEntry => ({
  seq: row.seq,
  at: row.at.toISOString(),
  actorUserId: row.actorUserId,
  actorTokenId: row.actorTokenId,
  actorLabel: row.actorLabel,
  organisationId: row.organisationId,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  beforeDigest: row.beforeDigest,
  afterDigest: row.afterDigest,
  prevHash: row.prevHash,
  hash: row.hash,
});

export const listAudit = async (db: Kysely<Database>, scope: Scope, page: number, pageSize: number) => {
  const filter =
    scope.kind === 'all'
      ? {}
      : scope.kind === 'region'
        ? { regionCode: scope.regionCode }
        : scope.kind === 'organisations'
          ? { organisationIds: scope.organisationIds }
          : { organisationIds: [] };
  const { items, total } = await listAuditEntries(db, filter, (page - 1) * pageSize, pageSize);
  return { items: items.map(toAuditEntry), total };
};
