import { sql, type Kysely } from 'kysely';
import { toShanghaiDate } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';
import { arrayLiteral, hourRowsOf, type HourRow } from './rollup.service.ts';

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

/** Adds increments into one rollup table; `bucket` is epoch ms (hours) or a 'YYYY-MM-DD' date (days, months). */
const addIncrements = async (
  trx: Kysely<Database>,
  table: 'rollups_hour' | 'rollups_day' | 'rollups_month',
  rows: readonly Increment[],
) => {
  const bucket = table === 'rollups_hour' ? sql`to_timestamp(b::float8 / 1000.0)` : sql`b::date`;
  const target = sql.table(table);
  for (let i = 0; i < rows.length; i += 50_000) {
    const chunk = rows.slice(i, i + 50_000);
    await sql`
      INSERT INTO ${target} AS t (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
      SELECT p, ${bucket}, c, n, mn, mx, sm, f
      FROM unnest(${arrayLiteral(chunk.map((h) => h.pointId))}::uuid[], ${arrayLiteral(chunk.map((h) => h.bucket))}::text[],
                  ${arrayLiteral(chunk.map((h) => h.consumption))}::float8[], ${arrayLiteral(chunk.map((h) => h.count))}::int[],
                  ${arrayLiteral(chunk.map((h) => h.min))}::float8[], ${arrayLiteral(chunk.map((h) => h.max))}::float8[],
                  ${arrayLiteral(chunk.map((h) => h.sum))}::float8[], ${arrayLiteral(chunk.map((h) => h.flags))}::int[]) AS u(p, b, c, n, mn, mx, sm, f)
      ON CONFLICT (point_id, bucket) DO UPDATE SET
        consumption = CASE WHEN t.consumption IS NULL THEN excluded.consumption
                           WHEN excluded.consumption IS NULL THEN t.consumption
                           ELSE t.consumption + excluded.consumption END,
        reading_count = t.reading_count + excluded.reading_count,
        min_value = least(t.min_value, excluded.min_value),
        max_value = greatest(t.max_value, excluded.max_value),
        sum_value = t.sum_value + excluded.sum_value,
        flags = t.flags | excluded.flags`.execute(trx);
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

export const appendRollups = async (trx: Kysely<Database>, appends: readonly Append[]): Promise<void> => {
  if (appends.length === 0) return;
  const ids = appends.map((a) => a.pointId);
  const [points, swaps] = await Promise.all([
    trx
      .selectFrom('points')
      .select(['id', 'registerKind', 'multiplier', 'rolloverValue', 'intervalMinutes'])
      .where('id', 'in', ids)
      .execute(),
    trx
      .selectFrom('pointInstruments')
      .selectAll()
      .where('pointId', 'in', ids)
      .where('fromAt', '>', new Date(0))
      .orderBy('fromAt')
      .execute(),
  ]);
  const pointById = new Map(points.map((p) => [p.id, p]));
  const hours: Increment[] = [];
  for (const a of appends)
    hours.push(
      ...hourRowsOf(
        pointById.get(a.pointId)!,
        a.rows,
        a.previous,
        swaps.filter((s) => s.pointId === a.pointId),
      ),
    );
  // Days and months of Asia/Shanghai, as `refresh` groups them in SQL (an hour bucket's start names its day).
  const days = regroup(hours, (bucket) => toShanghaiDate(new Date(bucket as number)));
  const months = regroup(days, (bucket) => `${(bucket as string).slice(0, 7)}-01`);
  await addIncrements(trx, 'rollups_hour', hours);
  await addIncrements(trx, 'rollups_day', days);
  await addIncrements(trx, 'rollups_month', months);
};
