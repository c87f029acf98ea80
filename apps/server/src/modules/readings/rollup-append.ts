import { sql, type Kysely, type Selectable } from 'kysely';
import { bucketStartOf, toShanghaiDate } from '@jiliang/calc';
import { float8Array, int4Array } from '../../store/binary-array.ts';
import type { Database } from '../../store/database.ts';
import { arrayLiteral, hourRowsOf, type HourRow, type PointIndex } from './rollup.service.ts';

/**
 * The rollups of readings that all lie after a point's last stored reading (issue 5 §5): the common case of a
 * meter sending its latest values. No stored step changes, so the hour, day and month rows only grow: the new
 * readings' steps (from the last stored reading and the point's swaps, as `refresh` would compute them) are bucketed
 * in memory and added to the stored rows — counts and sums added, min and max widened, flags OR-ed, a consumption
 * added where either side has one. The result equals a replacement from the readings (readings.db.test.ts checks
 * this against `refresh` for any arrival order); anything else (late, out of order, revised) takes `refresh`.
 * The caller holds the points' advisory locks (ingest.service.ts), so "after the last stored reading" stays true
 * until it commits.
 */
export type Append = { pointId: string; previous: { ts: number; value: number } | undefined; rows: { ts: number; value: number }[] };

type Increment = Omit<HourRow, 'bucket'> & { bucket: string | number };
type PointSettings = Pick<Selectable<Database['points']>, 'id' | 'registerKind' | 'multiplier' | 'rolloverValue' | 'intervalMinutes'>;

/**
 * One rollup table's part of the increment statement; `bucket` is epoch ms (hours) or a 'YYYY-MM-DD' date, and each row
 * names its point by its index in the batch's points (`PointIndex`), whose uuid[] the statement binds once as `k.ids`.
 * Numbers go as binary arrays (store/binary-array.ts).
 * `mayExist`: the row may be stored already, so it is added to (ON CONFLICT DO UPDATE); otherwise a plain INSERT, about
 * half the cost (measured on PostgreSQL 15 and PGlite with 2 600 hour rows), which fails on a stored row.
 */
const incrementInto = (
  table: 'rollups_hour' | 'rollups_day' | 'rollups_month',
  points: PointIndex,
  rows: readonly Increment[],
  mayExist = true,
) => {
  // Hours bind epoch ms as float8; days and months their 'YYYY-MM-DD' (a few hundred a batch) as text.
  const buckets =
    table === 'rollups_hour'
      ? sql`${float8Array(rows.map((h) => h.bucket as number))}::float8[]`
      : sql`${arrayLiteral(rows.map((h) => h.bucket))}::text[]`;
  const bucket = table === 'rollups_hour' ? sql`to_timestamp(b / 1000.0)` : sql`b::date`;
  const onConflict = mayExist
    ? sql`
      ON CONFLICT (point_id, bucket) DO UPDATE SET
        consumption = CASE WHEN t.consumption IS NULL THEN excluded.consumption
                           WHEN excluded.consumption IS NULL THEN t.consumption
                           ELSE t.consumption + excluded.consumption END,
        reading_count = t.reading_count + excluded.reading_count,
        min_value = least(t.min_value, excluded.min_value),
        max_value = greatest(t.max_value, excluded.max_value),
        sum_value = t.sum_value + excluded.sum_value,
        flags = t.flags | excluded.flags`
    : sql``;
  return sql`
      INSERT INTO ${sql.table(table)} AS t (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
      SELECT k.ids[i], ${bucket}, c, n, mn, mx, sm, f
      FROM (SELECT ${points.literal}::uuid[] AS ids) AS k,
           unnest(${int4Array(rows.map((h) => points.of.get(h.pointId)!))}::int[], ${buckets},
                  ${float8Array(rows.map((h) => h.consumption))}::float8[], ${int4Array(rows.map((h) => h.count))}::int[],
                  ${float8Array(rows.map((h) => h.min))}::float8[], ${float8Array(rows.map((h) => h.max))}::float8[],
                  ${float8Array(rows.map((h) => h.sum))}::float8[], ${int4Array(rows.map((h) => h.flags))}::int[]) AS u(i, b, c, n, mn, mx, sm, f)
      ${onConflict}`;
};

/**
 * `newHours` lie after the hour of their point's last stored reading: no rollup row can exist there yet (rollups come
 * from readings, and the batch holds the point's lock), so they are plain INSERTs. `hours` (the hour of the last stored
 * reading) and all days and months are added to what is stored.
 */
export type Increments = { hours: Increment[]; newHours: Increment[]; days: Increment[]; months: Increment[] };

/** A plain INSERT of `newHours` met a stored row: the invariant above was broken, and the caller retries with `hoursMayExist`. */
export const isNewHourConflict = (error: unknown) =>
  (error as { code?: string; constraint?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === 'rollups_hour_pkey';

/** Adds the increments of the three resolutions in one statement (one round trip; the triggers on rollups_day still fire). */
export const addIncrements = async (trx: Kysely<Database>, points: PointIndex, increments: Increments): Promise<void> => {
  const chunks = Math.max(Math.ceil(increments.newHours.length / 50_000), Math.ceil(increments.hours.length / 50_000));
  for (let c = 0; c < chunks; c++) {
    // Days and months are few (a point-day holds 24 hours): they go with the first chunk of hours.
    const newHours = increments.newHours.slice(c * 50_000, (c + 1) * 50_000);
    const hours = increments.hours.slice(c * 50_000, (c + 1) * 50_000);
    const parts = [
      newHours.length ? sql`n AS (${incrementInto('rollups_hour', points, newHours, false)} RETURNING 1)` : undefined,
      hours.length ? sql`h AS (${incrementInto('rollups_hour', points, hours)} RETURNING 1)` : undefined,
      c === 0 && increments.days.length ? sql`d AS (${incrementInto('rollups_day', points, increments.days)} RETURNING 1)` : undefined,
      c === 0 && increments.months.length
        ? sql`m AS (${incrementInto('rollups_month', points, increments.months)} RETURNING 1)`
        : undefined,
    ].filter((part) => part !== undefined);
    if (parts.length) await sql`WITH ${sql.join(parts)} SELECT 1`.execute(trx);
  }
};

/** Sums increments into coarser buckets (hours into Shanghai days, days into months). */
const regroup = (rows: readonly Increment[], keyOf: (bucket: Increment['bucket']) => string): Increment[] => {
  const out = new Map<string, Increment>();
  for (const r of rows) {
    const bucket = keyOf(r.bucket);
    const key = `${r.pointId} ${bucket}`;
    const o = out.get(key);
    if (!o) {
      out.set(key, { ...r, bucket });
      continue;
    }
    if (r.consumption !== null) o.consumption = (o.consumption ?? 0) + r.consumption;
    o.count += r.count;
    o.min = Math.min(o.min, r.min);
    o.max = Math.max(o.max, r.max);
    o.sum += r.sum;
    o.flags |= r.flags;
  }
  return [...out.values()];
};

/** The points' settings and meter swaps an append needs (read under the batch's point locks). */
export const loadAppendContext = async (trx: Kysely<Database>, pointIds: readonly string[]) => {
  if (pointIds.length === 0) return { points: new Map<string, PointSettings>(), swaps: [] as Selectable<Database['pointInstruments']>[] };
  const [points, swaps] = await Promise.all([
    trx
      .selectFrom('points')
      .select(['id', 'registerKind', 'multiplier', 'rolloverValue', 'intervalMinutes'])
      .where('id', 'in', pointIds)
      .execute(),
    trx
      .selectFrom('pointInstruments')
      .selectAll()
      .where('pointId', 'in', pointIds)
      .where('fromAt', '>', new Date(0))
      .orderBy('fromAt')
      .execute(),
  ]);
  return { points: new Map<string, PointSettings>(points.map((p) => [p.id, p])), swaps };
};
export type AppendContext = Awaited<ReturnType<typeof loadAppendContext>>;

/**
 * The increments of appended readings, in memory (pure JavaScript: it runs while the readings' INSERT is under way).
 * `hoursMayExist`: treat every hour as possibly stored (the retry after `isNewHourConflict`).
 */
export const computeIncrements = (appends: readonly Append[], context: AppendContext, hoursMayExist = false): Increments => {
  const hours: Increment[] = [];
  const newHours: Increment[] = [];
  for (const a of appends) {
    // The hour of the last stored reading may hold rollups; every later hour holds none.
    const lastHour = hoursMayExist ? Infinity : a.previous === undefined ? -Infinity : bucketStartOf(a.previous.ts, 'hour');
    for (const row of hourRowsOf(
      context.points.get(a.pointId)!,
      a.rows,
      a.previous,
      context.swaps.filter((s) => s.pointId === a.pointId),
    ))
      (row.bucket > lastHour ? newHours : hours).push(row);
  }
  // Days and months of Asia/Shanghai, as `refresh` groups them in SQL (an hour bucket's start names its day).
  const all = hours.concat(newHours);
  const days = regroup(all, (bucket) => toShanghaiDate(new Date(bucket as number)));
  const months = regroup(days, (bucket) => `${(bucket as string).slice(0, 7)}-01`);
  return { hours, newHours, days, months };
};
