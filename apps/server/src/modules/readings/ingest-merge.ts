import { sql, type Kysely } from 'kysely';
import { float8Array, int4Array } from '../../store/binary-array.ts';
import type { Database } from '../../store/database.ts';
import { markDirty, readingDaysToMark } from '../quality/quality.repository.ts';
import type { StagedRow } from './ingest-rows.ts';
import { addIncrements, computeIncrements, loadAppendContext, type Append } from './rollup-append.ts';
import { arrayLiteral, pointIndexOf, type PointIndex, type RollupService, type Touched } from './rollup.service.ts';

/**
 * The write of one batch's checked rows, inside the batch's transaction (issue 5 §3, §5). Rows go straight from
 * bound arrays into `readings`, once; nothing is staged.
 * 1. The batch's points are locked (`lockPoints`): a concurrent batch of the same points waits, and the "last stored
 *    reading" read next stays true until commit.
 * 2. Each point's last stored reading. A point whose rows all come after it is an *append*: its rows cannot
 *    exist yet, and its rollups only grow (rollup-append.ts).
 * 3. The rows of the other points (late, out of order, replayed) are looked up: the same value is a duplicate,
 *    a different value a revision — the old value kept in `reading_revisions` with who, when and why, then
 *    replaced — and the rest are new. Their rollups are recomputed from the readings (`refresh`).
 * 4. New rows are inserted (idempotent by (point, ts)); the touched point-days are marked for the quality
 *    re-evaluation (issue 6 §2).
 */
export type MergeResult = { accepted: number; duplicate: number; revised: number };

type Row = StagedRow;

/** Rows bound in one statement (a batch holds up to 500 000). */
const ROWS_PER_STATEMENT = 100_000;

/** Above this many points a batch locks its whole enterprise instead of each point. */
export const WIDE_BATCH_POINTS = 256;

/**
 * The ingestion locks of a batch's points (transaction advisory locks, released at commit or rollback). A batch holds
 * its enterprise's lock shared and each point's lock exclusive, taken in point-id order, so batches of disjoint points
 * run side by side and two batches never deadlock. A batch of more than `WIDE_BATCH_POINTS` points holds the
 * enterprise's lock exclusive instead: one lock, not thousands — PostgreSQL's lock table holds about
 * `max_locks_per_transaction` (64) × connections entries; one transaction taking 15 000 failed with "out of shared
 * memory" on the CI server's PostgreSQL, and 20 000 on PGlite too (readings.db.test.ts).
 */
export const lockPoints = async (trx: Kysely<Database>, enterpriseId: string, pointIds: readonly string[]) => {
  if (pointIds.length > WIDE_BATCH_POINTS) {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended('readings-enterprise:' || ${enterpriseId}, 0))`.execute(trx);
    return;
  }
  await sql`
    SELECT pg_advisory_xact_lock_shared(hashtextextended('readings-enterprise:' || ${enterpriseId}, 0)),
           (SELECT count(pg_advisory_xact_lock(hashtextextended('reading:' || p, 0)))
            FROM (SELECT p FROM unnest(${arrayLiteral(pointIds)}::text[]) AS p ORDER BY p) AS s)`.execute(trx);
};

/**
 * Rows as three binary arrays (store/binary-array.ts: nothing for the store to parse): each row's point as its 1-based
 * index in `points`, its instant as milliseconds after `base` (the first row's), and its value.
 */
const bindRows = (points: PointIndex, rows: readonly Row[]) => {
  const base = rows.length ? rows[0]!.t : 0;
  const index = new Int32Array(rows.length);
  const offsets = new Float64Array(rows.length);
  const values = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    index[k] = points.of.get(row.pointId)!;
    offsets[k] = row.t - base;
    values[k] = row.value;
  }
  return { base, index: int4Array(index), offsets: float8Array(offsets), values: float8Array(values) };
};

/**
 * One INSERT from bound arrays, not COPY: measured on PostgreSQL 15 with 100 000 rows into the partitioned `readings`,
 * it takes 650–750 ms against 655–1 020 ms for COPY of the same rows as CSV (docs/READINGS.md "Benchmarks"), and it
 * needs no CSV. Each row binds its point's index in the batch's points (`PointIndex`), its instant as milliseconds after
 * the batch's first instant, and its value, in binary: 28 bytes a row and nothing to parse, where a uuid and an epoch in
 * text took fifty characters. Appended rows cannot conflict (the points are locked and the rows lie after their last
 * reading), so they skip ON CONFLICT; a conflict there would abort the batch, unacknowledged, never overwrite.
 */
const insertReadings = async (
  trx: Kysely<Database>,
  batchId: string,
  points: PointIndex,
  rows: readonly Row[],
  canConflict: boolean,
): Promise<number> => {
  let inserted = 0;
  if (rows.length === 0) return 0;
  const onConflict = canConflict ? sql`ON CONFLICT (point_id, ts) DO NOTHING` : sql``;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const bound = bindRows(points, rows.slice(i, i + ROWS_PER_STATEMENT));
    const result = await sql`
      INSERT INTO readings (point_id, ts, value, batch_id)
      SELECT k.ids[u.i], to_timestamp((${bound.base}::float8 + u.d) / 1000.0), u.v, ${batchId}::uuid
      FROM (SELECT ${points.literal}::uuid[] AS ids) AS k,
           unnest(${bound.index}::int[], ${bound.offsets}::float8[], ${bound.values}::float8[]) AS u(i, d, v)
      ${onConflict}`.execute(trx);
    inserted += Number(result.numAffectedRows ?? 0);
  }
  return inserted;
};

/** The stored values of some rows (by their index in `rows`). */
const storedValues = async (trx: Kysely<Database>, points: PointIndex, rows: readonly Row[]): Promise<Map<number, number>> => {
  const found = new Map<number, number>();
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const bound = bindRows(points, rows.slice(i, i + ROWS_PER_STATEMENT));
    const result = await sql<{ n: number; value: number }>`
      SELECT u.n, r.value
      FROM (SELECT ${points.literal}::uuid[] AS ids) AS k
      CROSS JOIN unnest(${bound.index}::int[], ${bound.offsets}::float8[]) WITH ORDINALITY AS u(i, d, n)
      JOIN readings r ON r.point_id = k.ids[u.i] AND r.ts = to_timestamp((${bound.base}::float8 + u.d) / 1000.0)`.execute(trx);
    for (const r of result.rows) found.set(i + Number(r.n) - 1, Number(r.value));
  }
  return found;
};

const reviseReadings = async (
  trx: Kysely<Database>,
  batch: { batchId: string; actorLabel: string; now: Date },
  revisions: readonly { row: Row; old: number }[],
) => {
  const points = arrayLiteral(revisions.map((r) => r.row.pointId));
  const times = arrayLiteral(revisions.map((r) => r.row.t));
  const values = arrayLiteral(revisions.map((r) => r.row.value));
  const fallback = `批次 ${batch.batchId} 重报 (resubmitted)`;
  // Reasons are free text: bound as a JSON array, not an array literal.
  const reasons = JSON.stringify(revisions.map((r) => r.row.reason ?? fallback));
  await sql`
    INSERT INTO reading_revisions (point_id, ts, old_value, new_value, batch_id, actor_label, reason, at)
    SELECT p, to_timestamp(t / 1000.0), o, v, ${batch.batchId}::uuid, ${batch.actorLabel}, reason, ${batch.now}::timestamptz
    FROM unnest(${points}::uuid[], ${times}::float8[], ${arrayLiteral(revisions.map((r) => r.old))}::float8[], ${values}::float8[],
                array(SELECT jsonb_array_elements_text(${reasons}::jsonb))) AS u(p, t, o, v, reason)`.execute(trx);
  await sql`
    UPDATE readings r SET value = u.v, batch_id = ${batch.batchId}::uuid
    FROM unnest(${points}::uuid[], ${times}::float8[], ${values}::float8[]) AS u(p, t, v)
    WHERE r.point_id = u.p AND r.ts = to_timestamp(u.t / 1000.0)`.execute(trx);
};

export const mergeReadings = async (
  trx: Kysely<Database>,
  rollups: RollupService,
  batch: { batchId: string; enterpriseId: string; actorLabel: string; now: Date },
  staged: readonly StagedRow[],
  options: { hoursMayExist?: boolean } = {},
): Promise<MergeResult> => {
  const byPoint = new Map<string, Row[]>();
  for (const row of staged) {
    const list = byPoint.get(row.pointId);
    if (list) list.push(row);
    else byPoint.set(row.pointId, [row]);
  }
  const pointIds = [...byPoint.keys()].sort();
  const points = pointIndexOf(pointIds);
  await lockPoints(trx, batch.enterpriseId, pointIds);
  const [last, context] = await Promise.all([
    sql<{ pointId: string; ts: number; value: number }>`
      SELECT t.p AS "pointId", (extract(epoch FROM l.ts) * 1000)::float8 AS ts, l.value
      FROM unnest(${points.literal}::uuid[]) AS t(p)
      CROSS JOIN LATERAL (SELECT ts, value FROM readings r WHERE r.point_id = t.p ORDER BY ts DESC LIMIT 1) AS l`.execute(trx),
    loadAppendContext(trx, pointIds),
  ]);
  const lastOf = new Map(last.rows.map((r) => [r.pointId, { ts: Number(r.ts), value: Number(r.value) }]));

  const appends: Append[] = [];
  const appended: Row[] = [];
  const others: Row[] = [];
  // In the key order of `readings` (point, instant): the primary-key index takes the rows in order.
  for (const pointId of pointIds) {
    const rows = byPoint.get(pointId)!;
    rows.sort((a, b) => a.t - b.t);
    const previous = lastOf.get(pointId);
    // Loops, not push(...rows): a batch may hold 500 000 rows of one point, beyond a call's argument limit.
    const into = previous === undefined || rows[0]!.t > previous.ts ? appended : others;
    if (into === appended) appends.push({ pointId, previous, rows: rows.map((r) => ({ ts: r.t, value: r.value })) });
    for (const row of rows) into.push(row);
  }

  let duplicate = 0;
  const revisions: { row: Row; old: number }[] = [];
  const fresh: Row[] = [];
  if (others.length) {
    const stored = await storedValues(trx, points, others);
    others.forEach((row, i) => {
      const old = stored.get(i);
      if (old === undefined) fresh.push(row);
      else if (old === row.value) duplicate++;
      else revisions.push({ row, old });
    });
    if (revisions.length) await reviseReadings(trx, batch, revisions);
  }
  // The appended rows' INSERT goes out first; their rollup increments and the quality marks are computed while the
  // store works on it, and their statements queue behind it on the batch's connection (in this order), so the store
  // does not wait for JavaScript between them.
  const inserting = insertReadings(trx, batch.batchId, points, appended, false);
  // If the computation below throws, the batch fails with that error; the INSERT's own failure must not go unheard.
  inserting.catch(() => undefined);
  await new Promise((resolve) => setImmediate(resolve));
  const increments = computeIncrements(appends, context, options.hoursMayExist);
  const insertingFresh = insertReadings(trx, batch.batchId, points, fresh, true);
  const adding = addIncrements(trx, points, increments);
  const changed = [...fresh, ...revisions.map((r) => r.row)];
  const marking = markDirty(trx, readingDaysToMark(appended.concat(changed)), batch.now);
  const [inserted, insertedFresh] = await Promise.all([inserting, insertingFresh, adding, marking]);
  const touched = new Map<string, Touched>();
  for (const r of changed) {
    const t = touched.get(r.pointId);
    if (!t) touched.set(r.pointId, { pointId: r.pointId, from: r.ts, to: r.ts });
    else {
      if (r.t < t.from.getTime()) t.from = r.ts;
      if (r.t > t.to.getTime()) t.to = r.ts;
    }
  }
  await rollups.refresh(trx, [...touched.values()]);
  const accepted = inserted + insertedFresh;
  return { accepted, duplicate, revised: revisions.length };
};
