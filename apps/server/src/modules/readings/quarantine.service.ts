import type { Kysely } from 'kysely';
import { AppError, type IngestRow } from '@jiliang/shared';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { IngestService } from './ingest.service.ts';

/**
 * Receipts and the quarantine (issue 5 §3): rejected rows are kept with their reason until a person
 * replays them (corrected where needed: a new batch with its own receipt) or dismisses them with a
 * reason. Nothing is deleted.
 */
export type QuarantineService = ReturnType<typeof createQuarantineService>;

export const createQuarantineService = ({ db, clock, ingest }: { db: Kysely<Database>; clock: Clock; ingest: IngestService }) => {
  const listBatches = async (enterpriseId: string, limit: number) =>
    (
      await db
        .selectFrom('ingestBatches')
        .selectAll()
        .where('enterpriseId', '=', enterpriseId)
        .orderBy('receivedAt', 'desc')
        .limit(limit)
        .execute()
    ).map((b) => ({
      ...b,
      receivedAt: b.receivedAt.toISOString(),
      committedAt: b.committedAt.toISOString(),
    }));

  const listRows = async (enterpriseId: string, status: string) =>
    (
      await db
        .selectFrom('quarantineRows')
        .selectAll()
        .where('enterpriseId', '=', enterpriseId)
        .where('status', '=', status)
        .orderBy('createdAt', 'desc')
        .orderBy('rowNo')
        .limit(2000)
        .execute()
    ).map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), resolvedAt: r.resolvedAt?.toISOString() ?? null }));

  const enterprisesOf = async (ids: readonly string[]) =>
    ids.length
      ? [
          ...new Set(
            (await db.selectFrom('quarantineRows').select('enterpriseId').where('id', 'in', ids).execute()).map((r) => r.enterpriseId),
          ),
        ]
      : [];

  const openRows = async (ids: readonly string[]) => {
    const rows = await db.selectFrom('quarantineRows').selectAll().where('id', 'in', ids).execute();
    const missing = ids.filter((id) => !rows.some((r) => r.id === id && r.status === 'open'));
    if (missing.length)
      throw new AppError('CONFLICT', `隔离行不存在或已处理：${missing.join(', ')} (not open)`, [
        { field: 'ids', rule: 'open quarantine rows', message: missing.join(', ') },
      ]);
    const enterprises = new Set(rows.map((r) => r.enterpriseId));
    if (enterprises.size > 1)
      throw new AppError('VALIDATION_FAILED', '一次只能处理一个企业的隔离行 (one enterprise at a time)', [
        { field: 'ids', rule: 'rows of one enterprise', message: [...enterprises].join(', ') },
      ]);
    return rows;
  };

  const replay = async (actor: AuditActor, input: { ids: string[]; corrections: Record<string, Partial<IngestRow>>; reason: string }) => {
    const rows = await openRows(input.ids);
    const enterpriseId = rows[0]!.enterpriseId;
    const ingestRows = rows.map((r) => ({ ...(r.raw as IngestRow), ...(input.corrections[r.id] ?? {}), reason: input.reason }));
    const receipt = await ingest.ingest(actor, enterpriseId, ingestRows, { source: 'replay', defaultReason: input.reason });
    // The originals point to the replay batch; a row the replay rejects again is an open row of that batch.
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('quarantineRows')
        .set({ status: 'replayed', resolvedAt: now, resolvedBy: actor.label, replayBatchId: receipt.batchId })
        .where('id', 'in', input.ids)
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: enterpriseId,
          action: 'quarantine.replay',
          entityType: 'ingest_batch',
          entityId: receipt.batchId,
          after: { ids: input.ids, reason: input.reason },
        },
        now,
      );
    });
    return receipt;
  };

  const dismiss = async (actor: AuditActor, ids: string[], reason: string) => {
    const rows = await openRows(ids);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('quarantineRows')
        .set({ status: 'dismissed', resolvedAt: now, resolvedBy: `${actor.label}: ${reason}` })
        .where('id', 'in', ids)
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: rows[0]!.enterpriseId,
          action: 'quarantine.dismiss',
          entityType: 'quarantine',
          entityId: null,
          after: { ids, reason },
        },
        now,
      );
    });
    return { dismissed: ids.length };
  };

  const summary = async (enterpriseId: string) => {
    const [points, batches, open] = await Promise.all([
      db
        .selectFrom('points')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('enterpriseId', '=', enterpriseId)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('ingestBatches')
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.fn.sum<number>('accepted').as('accepted'),
          eb.fn.max('receivedAt').as('last'),
        ])
        .where('enterpriseId', '=', enterpriseId)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('quarantineRows')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('enterpriseId', '=', enterpriseId)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow(),
    ]);
    return {
      points: Number(points.n),
      batches: Number(batches.n),
      acceptedReadings: Number(batches.accepted ?? 0),
      lastBatchAt: batches.last ? new Date(batches.last as Date).toISOString() : null,
      openQuarantine: Number(open.n),
    };
  };

  return { listBatches, listRows, enterprisesOf, replay, dismiss, summary };
};
