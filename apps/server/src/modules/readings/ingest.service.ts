import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { AppError, type BatchReceipt, type IngestRow } from '@jiliang/shared';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import type { Store } from '../../store/store.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import { checkIngestRows, type PointRef, type Rejection } from './ingest-rows.ts';
import { ensureReadingPartitions } from './partitions.ts';
import type { RollupService } from './rollup.service.ts';
import { markBatchDirty } from '../quality/quality.repository.ts';

/**
 * The one ingestion pipeline (issue 5 §2–3). Every path — HTTP bulk, file upload, MQTT, DL/T 645 —
 * hands rows here. Steps:
 * 1. check each row (ingest-rows.ts); rejected rows go to the quarantine with their reason;
 * 2. make the Shanghai-month partitions the rows need;
 * 3. COPY the good rows into `ingest_staging` under a new batch id (fast, outside the transaction);
 * 4. one transaction: count duplicates, record revisions (old value, who, when, why) and apply them,
 *    insert new readings (idempotent by (point, ts)), refresh the rollups of the touched hours, days and
 *    months, write the batch row and the quarantine rows, delete the staging rows;
 * 5. only then return the receipt: a batch is acknowledged after its commit, never before.
 * A crash between 3 and 4 leaves staging rows without a batch; they are swept after an hour and the
 * sender, who got no receipt, sends the batch again (which is harmless: ingestion is idempotent).
 */
export type IngestSource = 'http' | 'file' | 'mqtt' | 'dlt645' | 'replay' | 'demo';
export type IngestService = ReturnType<typeof createIngestService>;

export const createIngestService = ({
  db,
  copyRows,
  clock,
  rollups,
}: {
  db: Kysely<Database>;
  /** The store's bulk COPY; without it (a bare Kysely), staging rows are inserted in chunks. */
  copyRows?: Store['copyRows'];
  clock: Clock;
  rollups: RollupService;
}) => {
  const stage = async (rows: readonly (readonly unknown[])[]) => {
    const columns = ['batch_id', 'point_id', 'ts', 'value', 'reason', 'staged_at'];
    if (copyRows) return copyRows('ingest_staging', columns, rows);
    for (let i = 0; i < rows.length; i += 5000)
      await db
        .insertInto('ingestStaging')
        .values(
          rows.slice(i, i + 5000).map(([batchId, pointId, ts, value, reason, stagedAt]) => ({
            batchId: batchId as string,
            pointId: pointId as string,
            ts: ts as Date,
            value: value as number,
            reason: reason as string | null,
            stagedAt: stagedAt as Date,
          })),
        )
        .execute();
    return rows.length;
  };
  const pointCache = new Map<string, { at: number; points: Map<string, PointRef> }>();

  /** The enterprise's points by code (and by id), cached for a few seconds: MQTT sends many small batches. */
  const pointsOf = async (enterpriseId: string, fresh = false) => {
    const cached = pointCache.get(enterpriseId);
    if (!fresh && cached && Date.now() - cached.at < 5_000) return cached.points;
    const rows = await db
      .selectFrom('points')
      .select(['id', 'code', 'registerKind', 'rolloverValue'])
      .where('enterpriseId', '=', enterpriseId)
      .execute();
    const points = new Map<string, PointRef>();
    for (const r of rows) {
      points.set(r.code, { id: r.id, registerKind: r.registerKind, rolloverValue: r.rolloverValue });
      points.set(r.id, { id: r.id, registerKind: r.registerKind, rolloverValue: r.rolloverValue });
    }
    pointCache.set(enterpriseId, { at: Date.now(), points });
    return points;
  };
  const forgetPoints = (enterpriseId: string) => pointCache.delete(enterpriseId);

  const ingest = async (
    actor: AuditActor,
    enterpriseId: string,
    rows: readonly IngestRow[],
    options: { source: IngestSource; filename?: string; defaultReason?: string; extraRejections?: Rejection[] },
  ): Promise<BatchReceipt> => {
    if (rows.length > 500_000)
      throw new AppError('VALIDATION_FAILED', `一批最多 500000 行，收到 ${rows.length} 行 (batch too large)`, [
        { field: 'rows', rule: 'at most 500 000 rows per batch', message: String(rows.length) },
      ]);
    const receivedAt = clock.now();
    const batchId = randomUUID();
    let checked = checkIngestRows(rows, await pointsOf(enterpriseId), receivedAt);
    // A point made a moment ago may not be in the cache yet: look again before calling a row unknown.
    if (checked.rejected.some((r) => r.field === 'point')) checked = checkIngestRows(rows, await pointsOf(enterpriseId, true), receivedAt);
    const { staged, rejected, duplicateInBatch } = checked;
    const allRejected = [...(options.extraRejections ?? []), ...rejected];
    if (staged.length) {
      await ensureReadingPartitions(
        db,
        staged.map((s) => s.ts.getTime()),
      );
      const reason = options.defaultReason ?? null;
      await stage(staged.map((s) => [batchId, s.pointId, s.ts, s.value, s.reason ?? reason, receivedAt]));
    }
    const counts = await db.transaction().execute(async (trx) => {
      const now = clock.now();
      let duplicate = duplicateInBatch;
      let revised = 0;
      let accepted = 0;
      if (staged.length) {
        const dup = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM ingest_staging s JOIN readings r ON r.point_id = s.point_id AND r.ts = s.ts
          WHERE s.batch_id = ${batchId} AND r.value = s.value`.execute(trx);
        duplicate += dup.rows[0]?.n ?? 0;
        // A revision never loses the old value: it is written to reading_revisions with who, when and why.
        const revisions = await sql`
          INSERT INTO reading_revisions (point_id, ts, old_value, new_value, batch_id, actor_label, reason, at)
          SELECT s.point_id, s.ts, r.value, s.value, s.batch_id, ${actor.label}, coalesce(s.reason, ${`批次 ${batchId} 重报 (resubmitted)`}), ${now}
          FROM ingest_staging s JOIN readings r ON r.point_id = s.point_id AND r.ts = s.ts
          WHERE s.batch_id = ${batchId} AND r.value <> s.value`.execute(trx);
        revised = Number(revisions.numAffectedRows ?? 0);
        if (revised)
          await sql`
            UPDATE readings r SET value = s.value, batch_id = s.batch_id
            FROM ingest_staging s
            WHERE s.batch_id = ${batchId} AND r.point_id = s.point_id AND r.ts = s.ts AND r.value <> s.value`.execute(trx);
        const inserted = await sql`
          INSERT INTO readings (point_id, ts, value, batch_id)
          SELECT point_id, ts, value, batch_id FROM ingest_staging WHERE batch_id = ${batchId}
          ON CONFLICT (point_id, ts) DO NOTHING`.execute(trx);
        accepted = Number(inserted.numAffectedRows ?? 0);
        if (accepted + revised > 0) {
          const touched = await sql<{ pointId: string; from: Date; to: Date }>`
            SELECT point_id AS "pointId", min(ts) AS "from", max(ts) AS "to" FROM ingest_staging WHERE batch_id = ${batchId} GROUP BY point_id`.execute(
            trx,
          );
          await rollups.refresh(trx, touched.rows);
          // Issue 6 §2: the touched point-days are re-evaluated before they are next read.
          await markBatchDirty(trx, batchId, now);
        }
        await trx.deleteFrom('ingestStaging').where('batchId', '=', batchId).execute();
      }
      if (allRejected.length)
        await trx
          .insertInto('quarantineRows')
          .values(
            allRejected.map((r) => ({
              batchId,
              enterpriseId,
              rowNo: r.row,
              raw: JSON.stringify(r.raw ?? null),
              field: r.field,
              reason: r.reason,
              status: 'open',
              createdAt: now,
            })),
          )
          .execute();
      await trx
        .insertInto('ingestBatches')
        .values({
          id: batchId,
          enterpriseId,
          source: options.source,
          filename: options.filename ?? null,
          actorLabel: actor.label,
          receivedAt,
          committedAt: now,
          rowCount: rows.length + (options.extraRejections?.length ?? 0),
          accepted,
          duplicate,
          revised,
          rejected: allRejected.length,
        })
        .execute();
      return { accepted, duplicate, revised, committedAt: now };
    });
    return {
      batchId,
      receivedAt: receivedAt.toISOString(),
      committedAt: counts.committedAt.toISOString(),
      rows: rows.length + (options.extraRejections?.length ?? 0),
      accepted: counts.accepted,
      duplicate: counts.duplicate,
      revised: counts.revised,
      rejected: allRejected.map(({ row, field, reason }) => ({ row, field, reason })),
    };
  };

  /** Staging rows of batches that never committed (a crash after COPY), older than an hour. */
  const sweepStaging = async () => {
    const cutoff = new Date(clock.now().getTime() - 3_600_000);
    const result = await sql`
      DELETE FROM ingest_staging s WHERE s.staged_at < ${cutoff}
      AND NOT EXISTS (SELECT 1 FROM ingest_batches b WHERE b.id = s.batch_id)`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  };

  /** The file upload's preview: the same checks, nothing written. */
  const preview = async (enterpriseId: string, rows: readonly IngestRow[], extraRejections: Rejection[] = []) => {
    const { staged, rejected, duplicateInBatch } = checkIngestRows(rows, await pointsOf(enterpriseId, true), clock.now());
    return {
      rows: rows.length + extraRejections.length,
      valid: staged.length,
      duplicateInBatch,
      rejected: [...extraRejections, ...rejected].slice(0, 500).map(({ row, field, reason }) => ({ row, field, reason })),
      sample: rows.slice(0, 20),
    };
  };

  return { ingest, preview, pointsOf, forgetPoints, sweepStaging };
};
