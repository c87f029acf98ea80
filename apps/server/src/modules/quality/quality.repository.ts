import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * Typed SQL of the quality module (issue 6), no rules: the dirty set, the readings of a span of days, the
 * stored evaluations and flags. A day is Shanghai's (00:00, next 00:00]: a reading's day is that of ts − 1 ms.
 */
type Db = Kysely<Database>;
/** A PostgreSQL array literal of plain tokens (dates, numbers): bound as one text parameter. */
const arrayLiteral = (items: readonly string[]) => `{${items.join(',')}}`;
export type PointDay = { pointId: string; day: string };

const HOUR_MS = 3_600_000;
const SHANGHAI_MS = 8 * HOUR_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The point-days an ingested batch touches (ingest.service.ts marks them in its transaction): the days of its
 * readings, plus the day after a reading in the last hour (it is the next day's `previous`) and the day before a
 * reading in the first hour (it may fill that day's 00:00 slot). A reading's day is that of ts − 1 ms, Shanghai.
 * Days are counted as numbers and named once each (a batch has thousands of rows and a few hundred point-days).
 */
export const readingDaysToMark = (rows: readonly { pointId: string; t: number }[]): PointDay[] => {
  const byPoint = new Map<string, Set<number>>();
  for (const { pointId, t: ts } of rows) {
    let days = byPoint.get(pointId);
    if (!days) byPoint.set(pointId, (days = new Set()));
    const local = ts - 1 + SHANGHAI_MS;
    const day = Math.floor(local / DAY_MS);
    const timeOfDay = local - day * DAY_MS;
    days.add(day);
    if (timeOfDay >= 23 * HOUR_MS) days.add(day + 1);
    if (timeOfDay < HOUR_MS) days.add(day - 1);
  }
  const out: PointDay[] = [];
  for (const [pointId, days] of byPoint)
    for (const day of days) out.push({ pointId, day: new Date(day * DAY_MS).toISOString().slice(0, 10) });
  return out;
};

/** Marks point-days dirty; a day already marked gets a new mark number, so an evaluation running now keeps it (0009). */
export const markDirty = async (db: Db, pointDays: readonly PointDay[], now: Date): Promise<void> => {
  const unique = [...new Map(pointDays.map((p) => [`${p.pointId} ${p.day}`, p])).values()];
  for (let i = 0; i < unique.length; i += 50_000) {
    const chunk = unique.slice(i, i + 50_000);
    await sql`
      INSERT INTO quality_dirty (point_id, day, marked_at)
      SELECT p, d, ${now}::timestamptz FROM unnest(${arrayLiteral(chunk.map((c) => c.pointId))}::uuid[], ${arrayLiteral(chunk.map((c) => c.day))}::date[]) AS u(p, d)
      ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at`.execute(db);
  }
};

/** A dirty mark as read before an evaluation: the day and the mark's number (0009_quality_marks.sql). */
export type DirtyMark = { day: string; seq: string };

/** The marks of some days of one point, read before their readings are. */
export const readMarks = async (db: Db, pointId: string, days: readonly string[]): Promise<DirtyMark[]> => {
  if (days.length === 0) return [];
  const rows = await db
    .selectFrom('qualityDirty')
    .select(['day', sql<string>`mark_seq::text`.as('seq')])
    .where('pointId', '=', pointId)
    .where('day', 'in', days)
    .execute();
  return rows.map((r) => ({ day: String(r.day), seq: r.seq }));
};

/**
 * Clears the marks an evaluation read, and only those: a mark written again since (a new number) stays, so the
 * readings that came with it are judged by the next sweep. On PostgreSQL a concurrent re-mark holds the row; this
 * DELETE waits for it and then re-checks the number (READ COMMITTED), so the mark survives there too.
 */
export const clearMarks = async (db: Db, pointId: string, marks: readonly DirtyMark[]): Promise<void> => {
  if (marks.length === 0) return;
  await sql`
    DELETE FROM quality_dirty q USING unnest(${arrayLiteral(marks.map((m) => m.day))}::date[], ${arrayLiteral(marks.map((m) => m.seq))}::bigint[]) AS m(day, seq)
    WHERE q.point_id = ${pointId} AND q.day = m.day AND q.mark_seq = m.seq`.execute(db);
};

/** Dirty point-days, optionally of some points and a day range. */
export const listDirty = (db: Db, filter: { pointIds?: readonly string[]; from?: string; to?: string; limit?: number }) => {
  let q = db.selectFrom('qualityDirty').select(['pointId', 'day', sql<string>`mark_seq::text`.as('seq')]);
  if (filter.pointIds) q = filter.pointIds.length ? q.where('pointId', 'in', filter.pointIds) : q.where(sql<boolean>`false`);
  if (filter.from) q = q.where('day', '>=', filter.from);
  if (filter.to) q = q.where('day', '<=', filter.to);
  return q
    .orderBy('pointId')
    .orderBy('day')
    .limit(filter.limit ?? 100_000)
    .execute()
    .then((rows) => rows.map((r) => ({ pointId: r.pointId, day: String(r.day), seq: r.seq })));
};

/**
 * Readings of a point over (from, to] as two arrays, with the last one at or before `from` (the first step's start)
 * and the first one after `to`: the one read of a span for the evaluation, the totals and the drill-down.
 */
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

/** Replaces the evaluations and reading flags of one point over (from, to] and clears the marks read before (clearMarks). */
export const storeEvaluations = async (
  db: Db,
  pointId: string,
  span: { from: Date; to: Date },
  evaluations: readonly EvaluationRow[],
  flags: readonly { ts: number; flags: number }[],
  now: Date,
  marks: readonly DirtyMark[],
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
    const stored = new Set(days);
    await clearMarks(
      trx,
      pointId,
      marks.filter((m) => stored.has(m.day)),
    );
  });
};
