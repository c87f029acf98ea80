import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type BatchReceipt, type IngestRow } from '@jiliang/shared';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import { checkIngestRows, type PointRef, type Rejection } from './ingest-rows.ts';
import { ensureReadingPartitions } from './partitions.ts';
import type { RollupService } from './rollup.service.ts';
import { mergeReadings } from './ingest-merge.ts';
import { isNewHourConflict } from './rollup-append.ts';

/**
 * The one ingestion pipeline (issue 5 §2–3). Every path — HTTP bulk, file upload, MQTT, DL/T 645 —
 * hands rows here. Steps:
 * 1. check each row (ingest-rows.ts); rejected rows go to the quarantine with their reason;
 * 2. make the Shanghai-month partitions the rows need;
 * 3. one transaction: write the good rows (ingest-merge.ts: duplicates counted, revisions kept with the old
 *    value, who, when and why, new readings inserted once, rollups of the touched hours, days and months
 *    brought up to date, the point-days marked for quality re-evaluation), the quarantine rows and the batch row;
 * 4. only then return the receipt: a batch is acknowledged after its commit, never before.
 * A crash before the commit leaves nothing; the sender, who got no receipt, sends the batch again (which is
 * harmless: ingestion is idempotent).
 */
export type IngestSource = 'http' | 'file' | 'mqtt' | 'dlt645' | 'replay' | 'demo';
export type IngestService = ReturnType<typeof createIngestService>;

export const createIngestService = ({ db, clock, rollups }: { db: Kysely<Database>; clock: Clock; rollups: RollupService }) => {
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
        staged.map((s) => s.t),
      );
      const reason = options.defaultReason ?? null;
      if (reason !== null) for (const s of staged) s.reason ??= reason;
    }
    const commit = (hoursMayExist: boolean) =>
      db.transaction().execute(async (trx) => {
        const now = clock.now();
        const merged = staged.length
          ? await mergeReadings(trx, rollups, { batchId, enterpriseId, actorLabel: actor.label, now }, staged, { hoursMayExist })
          : { accepted: 0, duplicate: 0, revised: 0 };
        const accepted = merged.accepted;
        const revised = merged.revised;
        const duplicate = duplicateInBatch + merged.duplicate;
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
    // An hour rollup stored after a point's last reading (which rollups never make) turns the plain INSERT of new hours
    // into a conflict: the batch, rolled back whole, runs again adding to every hour (rollup-append.ts).
    const counts = await commit(false).catch((error: unknown) => {
      if (!isNewHourConflict(error)) throw error;
      return commit(true);
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

  return { ingest, preview, pointsOf, forgetPoints };
};
