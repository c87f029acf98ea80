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

export const createRollupService = () => {
  const refreshPoint = async (trx: Kysely<Database>, t: Touched) => {
    const point = await trx.selectFrom('points').selectAll().where('id', '=', t.pointId).executeTakeFirstOrThrow();
    const context: PointContextInput = {
      registerKind: point.registerKind as PointContextInput['registerKind'],
      multiplier: point.multiplier,
      rolloverValue: point.rolloverValue ?? undefined,
      intervalMinutes: point.intervalMinutes,
    };
    const fromHour = bucketStartOf(t.from.getTime(), 'hour');
    const next = await trx
      .selectFrom('readings')
      .select('ts')
      .where('pointId', '=', t.pointId)
      .where('ts', '>', t.to)
      .orderBy('ts')
      .limit(1)
      .executeTakeFirst();
    const lastTs = (next?.ts ?? t.to).getTime();
    const toHour = nextBucketStart(bucketStartOf(lastTs, 'hour'), 'hour');
    // Readings in (fromHour, toHour]: the hour buckets closed by them. Plus the one before, for the first delta.
    const [previous, readings, swaps] = await Promise.all([
      trx
        .selectFrom('readings')
        .select(['ts', 'value'])
        .where('pointId', '=', t.pointId)
        .where('ts', '<=', new Date(fromHour))
        .orderBy('ts', 'desc')
        .limit(1)
        .executeTakeFirst(),
      // Two arrays in one row: far cheaper to move and decode than tens of thousands of row objects.
      sql<{ ts: number[] | null; values: number[] | null }>`
        SELECT array_agg((extract(epoch FROM ts) * 1000)::float8 ORDER BY ts) AS ts, array_agg(value ORDER BY ts) AS values
        FROM readings WHERE point_id = ${t.pointId} AND ts > ${new Date(fromHour)} AND ts <= ${new Date(toHour)}`
        .execute(trx)
        .then((r) => {
          const ts = r.rows[0]?.ts ?? [];
          const values = r.rows[0]?.values ?? [];
          return ts.map((x, i) => ({ ts: Number(x), value: Number(values[i]) }));
        }),
      trx
        .selectFrom('pointInstruments')
        .selectAll()
        .where('pointId', '=', t.pointId)
        .where('fromAt', '>', new Date(0))
        .orderBy('fromAt')
        .execute(),
    ]);
    const deltas = computeReadingSteps(readings, context, {
      previous: previous ? { ts: previous.ts.getTime(), value: previous.value } : undefined,
      swaps: swaps.map((s) => ({
        at: s.fromAt.getTime(),
        closingReading: s.closingReading ?? 0,
        openingReading: s.openingReading ?? 0,
        multiplierAfter: s.multiplier ?? undefined,
      })),
    });
    const hours = new Map<number, { consumption: number | null; count: number; min: number; max: number; sum: number; flags: number }>();
    readings.forEach((r, i) => {
      const bucket = bucketStartOf(r.ts, 'hour');
      const d = deltas[i]!;
      const h = hours.get(bucket) ?? { consumption: null, count: 0, min: Infinity, max: -Infinity, sum: 0, flags: 0 };
      if (d.consumption !== null) h.consumption = (h.consumption ?? 0) + d.consumption;
      h.count++;
      // Statistics of the value in the point's unit: the reading × the multiplier in effect.
      h.min = Math.min(h.min, d.value);
      h.max = Math.max(h.max, d.value);
      h.sum += d.value;
      if (d.flag !== 'ok') h.flags |= FLAG_BITS[d.flag];
      hours.set(bucket, h);
    });
    await trx
      .deleteFrom('rollupsHour')
      .where('pointId', '=', t.pointId)
      .where('bucket', '>=', new Date(fromHour))
      .where('bucket', '<', new Date(toHour))
      .execute();
    // One statement with array parameters: far faster than thousands of bound values (PGlite and pg alike).
    if (hours.size) {
      const entries = [...hours];
      await sql`
        INSERT INTO rollups_hour (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
        SELECT ${t.pointId}::uuid, to_timestamp(b / 1000.0), c, n, mn, mx, sm, f
        FROM unnest(${`{${entries.map(([b]) => b).join(',')}}`}::float8[], ${`{${entries.map(([, h]) => h.consumption ?? 'NULL').join(',')}}`}::float8[],
                    ${`{${entries.map(([, h]) => h.count).join(',')}}`}::int[], ${`{${entries.map(([, h]) => h.min).join(',')}}`}::float8[],
                    ${`{${entries.map(([, h]) => h.max).join(',')}}`}::float8[], ${`{${entries.map(([, h]) => h.sum).join(',')}}`}::float8[],
                    ${`{${entries.map(([, h]) => h.flags).join(',')}}`}::int[]) AS u(b, c, n, mn, mx, sm, f)`.execute(trx);
    }
    return { fromHour, toHour };
  };

  /** Days from hours, then months from days, for the Shanghai days and months the hour range touches. */
  const refreshCalendar = async (trx: Kysely<Database>, pointIds: readonly string[], fromHour: number, toHour: number) => {
    const fromDay = bucketStartOf(fromHour + HOUR, 'day');
    const toDay = nextBucketStart(bucketStartOf(toHour, 'day'), 'day');
    const [dayFrom, dayTo] = [toShanghaiDate(new Date(fromDay)), toShanghaiDate(new Date(toDay))];
    await trx
      .deleteFrom('rollupsDay')
      .where('pointId', 'in', pointIds)
      .where('bucket', '>=', dayFrom)
      .where('bucket', '<', dayTo)
      .execute();
    await sql`
      INSERT INTO rollups_day (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
      SELECT point_id, (bucket AT TIME ZONE 'UTC' + interval '8 hours')::date, sum(consumption), sum(reading_count), min(min_value), max(max_value), sum(sum_value), bit_or(flags)
      FROM rollups_hour WHERE point_id IN (${sql.join(pointIds)}) AND bucket >= ${new Date(fromDay)} AND bucket < ${new Date(toDay)}
      GROUP BY 1, 2`.execute(trx);
    const monthFrom = `${dayFrom.slice(0, 7)}-01`;
    const monthTo = `${toShanghaiDate(new Date(nextBucketStart(bucketStartOf(toDay, 'month'), 'month'))).slice(0, 7)}-01`;
    await trx
      .deleteFrom('rollupsMonth')
      .where('pointId', 'in', pointIds)
      .where('bucket', '>=', monthFrom)
      .where('bucket', '<', monthTo)
      .execute();
    await sql`
      INSERT INTO rollups_month (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
      SELECT point_id, date_trunc('month', bucket)::date, sum(consumption), sum(reading_count), min(min_value), max(max_value), sum(sum_value), bit_or(flags)
      FROM rollups_day WHERE point_id IN (${sql.join(pointIds)}) AND bucket >= ${monthFrom}::date AND bucket < ${monthTo}::date
      GROUP BY 1, 2`.execute(trx);
  };

  const refresh = async (trx: Kysely<Database>, touched: readonly Touched[]) => {
    for (const t of touched) {
      const { fromHour, toHour } = await refreshPoint(trx, t);
      await refreshCalendar(trx, [t.pointId], fromHour, toHour);
    }
  };

  return { refresh };
};
