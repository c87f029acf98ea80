import { sql, type Kysely } from 'kysely';
import { bucketStartOf, computeReadingSteps, nextBucketStart, toShanghaiDate, type PointContextInput } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';

/**
 * Rollups per hour, day and Shanghai calendar month, maintained as data arrives (issue 5 §5), so no
 * screen scans raw readings. A reading's delta (consumption) belongs to the interval it closes: a reading
 * at 00:00 closes the last quarter of the previous day (packages/calc readings/buckets.ts).
 *
 * Refreshing a touched range is a replacement, never an increment: the hours from the one holding the
 * first touched reading to the one holding the first reading after the last touched one are recomputed
 * from the readings (with the reading just before, for the first delta, and the point's meter swaps),
 * then their days from the hours and their months from the days. The result depends only on which
 * readings exist, not on the order they arrived in — late, out-of-order and backfilled data roll up
 * exactly, and replaying a batch changes nothing.
 *
 * Days and months use a fixed UTC+8 offset: China has kept no daylight-saving time since 1991.
 */
export const FLAG_BITS = { rollover: 1, negative: 2, swap: 4, first: 8 } as const;
const HOUR = 3_600_000;

export type Touched = { pointId: string; from: Date; to: Date };
export type RollupService = ReturnType<typeof createRollupService>;

/** A PostgreSQL array literal of plain tokens (uuids, numbers): bound as one text parameter. */
export const arrayLiteral = (items: readonly (string | number | null)[]) =>
  `{${items.map((x) => (x === null ? 'NULL' : String(x))).join(',')}}`;

/**
 * A batch's points, bound once as a uuid[] literal; the rows of a statement name their point by its 1-based index in
 * it — a few characters a row where a uuid took 36 (ingest-merge.ts, rollup-append.ts).
 */
export type PointIndex = { literal: string; of: ReadonlyMap<string, number> };
export const pointIndexOf = (pointIds: readonly string[]): PointIndex => ({
  literal: arrayLiteral(pointIds),
  of: new Map(pointIds.map((id, i) => [id, i + 1])),
});

export type HourRow = {
  pointId: string;
  bucket: number;
  consumption: number | null;
  count: number;
  min: number;
  max: number;
  sum: number;
  flags: number;
};

type PointRow = { id: string; registerKind: string; multiplier: number; rolloverValue: number | null; intervalMinutes: number };
type SwapRow = { pointId: string; fromAt: Date; closingReading: number | null; openingReading: number | null; multiplier: number | null };
type Reading = { ts: number; value: number };

/**
 * The hour rows of one point's consecutive readings: each reading's step (consumption.ts, with the reading before
 * them and the point's meter swaps) goes to the hour whose interval it closes. Shared by the replacement (`refresh`)
 * and the append path (rollup-append.ts), so both bucket alike.
 */
export const hourRowsOf = (
  point: PointRow,
  list: readonly Reading[],
  previous: Reading | undefined,
  swaps: readonly SwapRow[],
): HourRow[] => {
  const context: PointContextInput = {
    registerKind: point.registerKind as PointContextInput['registerKind'],
    multiplier: point.multiplier,
    rolloverValue: point.rolloverValue ?? undefined,
    intervalMinutes: point.intervalMinutes,
  };
  const steps = computeReadingSteps(list, context, {
    previous,
    swaps: swaps.map((s) => ({
      at: s.fromAt.getTime(),
      closingReading: s.closingReading ?? 0,
      openingReading: s.openingReading ?? 0,
      multiplierAfter: s.multiplier ?? undefined,
    })),
  });
  const hours = new Map<number, HourRow>();
  list.forEach((r, i) => {
    const bucket = bucketStartOf(r.ts, 'hour');
    const d = steps[i]!;
    let h = hours.get(bucket);
    if (!h) {
      h = { pointId: point.id, bucket, consumption: null, count: 0, min: Infinity, max: -Infinity, sum: 0, flags: 0 };
      hours.set(bucket, h);
    }
    if (d.consumption !== null) h.consumption = (h.consumption ?? 0) + d.consumption;
    h.count++;
    // Statistics of the value in the point's unit: the reading × the multiplier in effect.
    h.min = Math.min(h.min, d.value);
    h.max = Math.max(h.max, d.value);
    h.sum += d.value;
    if (d.flag !== 'ok') h.flags |= FLAG_BITS[d.flag];
  });
  return [...hours.values()];
};

export const createRollupService = () => {
  /**
   * Refresh the rollups of every touched point in a fixed number of statements, whatever the number of
   * points (a batch from a gateway touches hundreds): the ranges, the reading before each, the readings,
   * the swaps, then one replacement per resolution.
   */
  const refresh = async (trx: Kysely<Database>, touched: readonly Touched[]) => {
    if (touched.length === 0) return;
    const ids = arrayLiteral(touched.map((t) => t.pointId));
    const tos = arrayLiteral(touched.map((t) => t.to.getTime()));
    const [points, nexts] = await Promise.all([
      trx
        .selectFrom('points')
        .select(['id', 'registerKind', 'multiplier', 'rolloverValue', 'intervalMinutes'])
        .where(
          'id',
          'in',
          touched.map((t) => t.pointId),
        )
        .execute(),
      // The first reading after each touched range: its delta changes too.
      sql<{ pointId: string; next: number | null }>`
        SELECT t.point_id AS "pointId", (SELECT (extract(epoch FROM min(r.ts)) * 1000)::float8 FROM readings r WHERE r.point_id = t.point_id AND r.ts > to_timestamp(t.upto / 1000.0)) AS next
        FROM unnest(${ids}::uuid[], ${tos}::float8[]) AS t(point_id, upto)`.execute(trx),
    ]);
    const ranges = touched.map((t, i) => {
      const lastTs = nexts.rows[i]?.next ?? t.to.getTime();
      return {
        pointId: t.pointId,
        fromHour: bucketStartOf(t.from.getTime(), 'hour'),
        toHour: nextBucketStart(bucketStartOf(Number(lastTs), 'hour'), 'hour'),
      };
    });
    const rangeIds = arrayLiteral(ranges.map((r) => r.pointId));
    const rangeFroms = arrayLiteral(ranges.map((r) => r.fromHour));
    const rangeTos = arrayLiteral(ranges.map((r) => r.toHour));
    const [previous, readings, swaps] = await Promise.all([
      sql<{ pointId: string; ts: number; value: number }>`
        SELECT t.point_id AS "pointId", (extract(epoch FROM p.ts) * 1000)::float8 AS ts, p.value
        FROM unnest(${rangeIds}::uuid[], ${rangeFroms}::float8[]) AS t(point_id, f)
        CROSS JOIN LATERAL (SELECT ts, value FROM readings r WHERE r.point_id = t.point_id AND r.ts <= to_timestamp(t.f / 1000.0) ORDER BY ts DESC LIMIT 1) p`.execute(
        trx,
      ),
      // Per point, two arrays in one row: far cheaper to move and decode than row objects.
      sql<{ pointId: string; ts: number[]; values: number[] }>`
        SELECT t.point_id AS "pointId", array_agg((extract(epoch FROM r.ts) * 1000)::float8 ORDER BY r.ts) AS ts, array_agg(r.value ORDER BY r.ts) AS values
        FROM unnest(${rangeIds}::uuid[], ${rangeFroms}::float8[], ${rangeTos}::float8[]) AS t(point_id, f, u)
        JOIN readings r ON r.point_id = t.point_id AND r.ts > to_timestamp(t.f / 1000.0) AND r.ts <= to_timestamp(t.u / 1000.0)
        GROUP BY t.point_id`.execute(trx),
      trx
        .selectFrom('pointInstruments')
        .selectAll()
        .where(
          'pointId',
          'in',
          touched.map((t) => t.pointId),
        )
        .where('fromAt', '>', new Date(0))
        .orderBy('fromAt')
        .execute(),
    ]);
    const hourRows: HourRow[] = [];
    for (const range of ranges) {
      const own = readings.rows.find((r) => r.pointId === range.pointId);
      const list = (own?.ts ?? []).map((ts, i) => ({ ts: Number(ts), value: Number(own!.values[i]) }));
      const before = previous.rows.find((r) => r.pointId === range.pointId);
      for (const row of hourRowsOf(
        points.find((p) => p.id === range.pointId)!,
        list,
        before ? { ts: Number(before.ts), value: Number(before.value) } : undefined,
        swaps.filter((s) => s.pointId === range.pointId),
      ))
        hourRows.push(row);
    }
    await sql`
      DELETE FROM rollups_hour h USING unnest(${rangeIds}::uuid[], ${rangeFroms}::float8[], ${rangeTos}::float8[]) AS t(point_id, f, u)
      WHERE h.point_id = t.point_id AND h.bucket >= to_timestamp(t.f / 1000.0) AND h.bucket < to_timestamp(t.u / 1000.0)`.execute(trx);
    for (let i = 0; i < hourRows.length; i += 50_000) {
      const chunk = hourRows.slice(i, i + 50_000);
      await sql`
        INSERT INTO rollups_hour (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
        SELECT p, to_timestamp(b / 1000.0), c, n, mn, mx, sm, f
        FROM unnest(${arrayLiteral(chunk.map((h) => h.pointId))}::uuid[], ${arrayLiteral(chunk.map((h) => h.bucket))}::float8[],
                    ${arrayLiteral(chunk.map((h) => h.consumption))}::float8[], ${arrayLiteral(chunk.map((h) => h.count))}::int[],
                    ${arrayLiteral(chunk.map((h) => h.min))}::float8[], ${arrayLiteral(chunk.map((h) => h.max))}::float8[],
                    ${arrayLiteral(chunk.map((h) => h.sum))}::float8[], ${arrayLiteral(chunk.map((h) => h.flags))}::int[]) AS u(p, b, c, n, mn, mx, sm, f)`.execute(
        trx,
      );
    }
    await refreshCalendar(trx, ranges);
  };

  /** Days from hours, then months from days, for the Shanghai days and months each point's hour range touches. */
  const refreshCalendar = async (trx: Kysely<Database>, ranges: readonly { pointId: string; fromHour: number; toHour: number }[]) => {
    const days = ranges.map((r) => {
      const fromDay = bucketStartOf(r.fromHour + HOUR, 'day');
      const toDay = nextBucketStart(bucketStartOf(r.toHour, 'day'), 'day');
      const monthFrom = `${toShanghaiDate(new Date(fromDay)).slice(0, 7)}-01`;
      const monthTo = `${toShanghaiDate(new Date(nextBucketStart(bucketStartOf(toDay, 'month'), 'month'))).slice(0, 7)}-01`;
      return {
        pointId: r.pointId,
        fromDay,
        toDay,
        dayFrom: toShanghaiDate(new Date(fromDay)),
        dayTo: toShanghaiDate(new Date(toDay)),
        monthFrom,
        monthTo,
      };
    });
    const ids = arrayLiteral(days.map((d) => d.pointId));
    const dFrom = arrayLiteral(days.map((d) => d.dayFrom));
    const dTo = arrayLiteral(days.map((d) => d.dayTo));
    const tFrom = arrayLiteral(days.map((d) => d.fromDay));
    const tTo = arrayLiteral(days.map((d) => d.toDay));
    const mFrom = arrayLiteral(days.map((d) => d.monthFrom));
    const mTo = arrayLiteral(days.map((d) => d.monthTo));
    await sql`
      DELETE FROM rollups_day d USING unnest(${ids}::uuid[], ${dFrom}::date[], ${dTo}::date[]) AS t(point_id, f, u)
      WHERE d.point_id = t.point_id AND d.bucket >= t.f AND d.bucket < t.u`.execute(trx);
    await sql`
      INSERT INTO rollups_day (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
      SELECT h.point_id, (h.bucket AT TIME ZONE 'UTC' + interval '8 hours')::date, sum(h.consumption), sum(h.reading_count), min(h.min_value), max(h.max_value), sum(h.sum_value), bit_or(h.flags)
      FROM unnest(${ids}::uuid[], ${tFrom}::float8[], ${tTo}::float8[]) AS t(point_id, f, u)
      JOIN rollups_hour h ON h.point_id = t.point_id AND h.bucket >= to_timestamp(t.f / 1000.0) AND h.bucket < to_timestamp(t.u / 1000.0)
      GROUP BY 1, 2`.execute(trx);
    await sql`
      DELETE FROM rollups_month m USING unnest(${ids}::uuid[], ${mFrom}::date[], ${mTo}::date[]) AS t(point_id, f, u)
      WHERE m.point_id = t.point_id AND m.bucket >= t.f AND m.bucket < t.u`.execute(trx);
    await sql`
      INSERT INTO rollups_month (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
      SELECT d.point_id, date_trunc('month', d.bucket)::date, sum(d.consumption), sum(d.reading_count), min(d.min_value), max(d.max_value), sum(d.sum_value), bit_or(d.flags)
      FROM unnest(${ids}::uuid[], ${mFrom}::date[], ${mTo}::date[]) AS t(point_id, f, u)
      JOIN rollups_day d ON d.point_id = t.point_id AND d.bucket >= t.f AND d.bucket < t.u
      GROUP BY 1, 2`.execute(trx);
  };

  return { refresh };
};
