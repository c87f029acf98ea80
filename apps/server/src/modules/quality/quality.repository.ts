import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * Typed SQL of the quality module (issue 6), no rules: the dirty set, the readings of a span of days, the
 * stored evaluations and flags. A day is Shanghai's (00:00, next 00:00]: a reading's day is that of ts − 1 ms.
 */
type Db = Kysely<Database>;
export type PointDay = { pointId: string; day: string };

/**
 * Marks the point-days an ingested batch touched (called by ingest.service.ts inside its transaction, before
 * the staging rows go): the days of its readings, plus the day after a reading in the last hour (it is the
 * next day's `previous`) and the day before a reading in the first hour (it may fill that day's 00:00 slot).
 */
export const markBatchDirty = async (trx: Db, batchId: string, now: Date): Promise<void> => {
  await sql`
    INSERT INTO quality_dirty (point_id, day, marked_at)
    SELECT DISTINCT d.point_id, d.day, ${now}::timestamptz FROM (
      SELECT s.point_id, ((s.ts - interval '1 millisecond') AT TIME ZONE 'Asia/Shanghai')::date + k.o AS day,
             k.o, ((s.ts - interval '1 millisecond') AT TIME ZONE 'Asia/Shanghai')::time AS tod
      FROM ingest_staging s CROSS JOIN (VALUES (-1), (0), (1)) AS k(o)
      WHERE s.batch_id = ${batchId}
    ) d
    WHERE d.o = 0 OR (d.o = 1 AND d.tod >= time '23:00') OR (d.o = -1 AND d.tod < time '01:00')
    ON CONFLICT (point_id, day) DO NOTHING`.execute(trx);
};

export const markDirty = async (db: Db, pointDays: readonly PointDay[], now: Date): Promise<void> => {
  for (let i = 0; i < pointDays.length; i += 5000)
    await db
      .insertInto('qualityDirty')
      .values(pointDays.slice(i, i + 5000).map((p) => ({ ...p, markedAt: now })))
      .onConflict((oc) => oc.columns(['pointId', 'day']).doNothing())
      .execute();
};

/** Dirty point-days, optionally of some points and a day range. */
export const listDirty = (db: Db, filter: { pointIds?: readonly string[]; from?: string; to?: string; limit?: number }) => {
  let q = db.selectFrom('qualityDirty').select(['pointId', 'day']);
  if (filter.pointIds) q = filter.pointIds.length ? q.where('pointId', 'in', filter.pointIds) : q.where(sql<boolean>`false`);
  if (filter.from) q = q.where('day', '>=', filter.from);
  if (filter.to) q = q.where('day', '<=', filter.to);
  return q
    .orderBy('pointId')
    .orderBy('day')
    .limit(filter.limit ?? 100_000)
    .execute()
    .then((rows) => rows.map((r) => ({ pointId: r.pointId, day: String(r.day) })));
};

/** Readings of (from, to] as two arrays, with the last one at or before `from` and the first one after `to`. */
export const loadReadingSpan = async (db: Db, pointId: string, from: Date, to: Date) => {
  const [rows, previous, next] = await Promise.all([
    sql<{ ts: number[] | null; values: number[] | null }>`
      SELECT array_agg((extract(epoch FROM ts) * 1000)::float8 ORDER BY ts) AS ts, array_agg(value ORDER BY ts) AS values
      FROM readings WHERE point_id = ${pointId} AND ts > ${from} AND ts <= ${to}`.execute(db),
    db
      .selectFrom('readings')
      .select(['ts', 'value'])
      .where('pointId', '=', pointId)
      .where('ts', '<=', from)
      .orderBy('ts', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('readings')
      .select(['ts', 'value'])
      .where('pointId', '=', pointId)
      .where('ts', '>', to)
      .orderBy('ts')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const ts = (rows.rows[0]?.ts ?? []).map(Number);
  const values = (rows.rows[0]?.values ?? []).map(Number);
  const toReading = (r: { ts: Date; value: number } | undefined) => (r ? { ts: r.ts.getTime(), value: r.value } : undefined);
  return { ts, values, previous: toReading(previous), next: toReading(next) };
};

export type EvaluationRow = {
  pointId: string;
  enterpriseId: string;
  day: string;
  expected: number;
  received: number;
  completeness: number;
  readingCount: number;
  flaggedCount: number;
  flags: number;
  findings: unknown[];
  skipped: unknown[];
  validReadings: number;
  calibrationChecked: number;
  calibratedReadings: number;
  balanceChecks: number;
  balanceClosureSum: number;
  score: number | null;
};

/** Replaces the evaluations and reading flags of one point over (from, to] and clears those days' dirty marks. */
export const storeEvaluations = async (
  db: Db,
  pointId: string,
  span: { from: Date; to: Date },
  evaluations: readonly EvaluationRow[],
  flags: readonly { ts: number; flags: number }[],
  now: Date,
) => {
  await db.transaction().execute(async (trx) => {
    const days = evaluations.map((e) => e.day);
    await trx.deleteFrom('readingFlags').where('pointId', '=', pointId).where('ts', '>', span.from).where('ts', '<=', span.to).execute();
    for (let i = 0; i < flags.length; i += 5000)
      await trx
        .insertInto('readingFlags')
        .values(flags.slice(i, i + 5000).map((f) => ({ pointId, ts: new Date(f.ts), flags: f.flags })))
        .execute();
    if (days.length) await trx.deleteFrom('qualityEvaluations').where('pointId', '=', pointId).where('day', 'in', days).execute();
    for (let i = 0; i < evaluations.length; i += 500)
      await trx
        .insertInto('qualityEvaluations')
        .values(
          evaluations.slice(i, i + 500).map((e) => ({
            ...e,
            findings: JSON.stringify(e.findings),
            skipped: JSON.stringify(e.skipped),
            evaluatedAt: now,
          })),
        )
        .execute();
    if (days.length) await trx.deleteFrom('qualityDirty').where('pointId', '=', pointId).where('day', 'in', days).execute();
  });
};
