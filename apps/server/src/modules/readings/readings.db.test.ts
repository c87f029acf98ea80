import fc from 'fast-check';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ACTOR, fixedClock, makeOrganisation, makeServices } from '../../../test/factories.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';
import { lockPoints } from './ingest-merge.ts';

/** The one ingestion pipeline on both stores (issue 5): idempotence, revisions, quarantine, rollups, series. */
describe.skipIf(!isTestStoreAvailable())(`meter data on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  let clock: ReturnType<typeof fixedClock>;
  beforeEach(async () => {
    store = await openTestStore();
    clock = fixedClock('2025-04-02T00:00:00.000Z');
    services = makeServices(store, clock);
  });
  afterEach(async () => store?.close());

  const setup = async () => {
    const enterprise = await makeOrganisation(services, { kind: 'enterprise' });
    const meter = await services.points.createPoint(TEST_ACTOR, enterprise.id, {
      code: 'E-IN',
      name: '进线总表',
      medium: 'electricity',
      registerKind: 'cumulative',
      unit: 'kWh',
      multiplier: 4000, // CT 200/5 × PT 10000/100
      rolloverValue: 99999.99, // the largest value the register shows; its decimals are its resolution
    });
    return { enterprise, meter };
  };
  /** 15-minute register readings from `start` (Beijing time string) advancing by `steps`. */
  const readings = (startIso: string, first: number, steps: number[]) => {
    let value = first;
    const start = Date.parse(startIso);
    return [{ point: 'E-IN', ts: new Date(start).toISOString(), value }].concat(
      steps.map((s, i) => {
        value = Math.round(((value + s) % 100000) * 100) / 100; // the register wraps at 100000
        return { point: 'E-IN', ts: new Date(start + (i + 1) * 900_000).toISOString(), value };
      }),
    );
  };

  it('accepts, counts duplicates, keeps revisions with who/when/why, and answers the receipt after commit', async () => {
    const { enterprise } = await setup();
    const rows = readings('2025-03-01T00:00:00+08:00', 1000, [1, 1, 1, 1]);
    const first = await services.ingest.ingest(TEST_ACTOR, enterprise.id, rows, { source: 'http' });
    expect(first).toMatchObject({ rows: 5, accepted: 5, duplicate: 0, revised: 0, rejected: [] });
    const again = await services.ingest.ingest(TEST_ACTOR, enterprise.id, rows, { source: 'http' });
    expect(again).toMatchObject({ accepted: 0, duplicate: 5, revised: 0 });
    const corrected = await services.ingest.ingest(TEST_ACTOR, enterprise.id, [{ ...rows[2]!, value: 1002.5, reason: '人工核对更正' }], {
      source: 'http',
    });
    expect(corrected).toMatchObject({ accepted: 0, duplicate: 0, revised: 1 });
    const revisions = await store.db.selectFrom('readingRevisions').selectAll().execute();
    expect(revisions.map((r) => [r.oldValue, r.newValue, r.reason, r.actorLabel])).toEqual([[1002, 1002.5, '人工核对更正', 'test']]);
    const batches = await services.quarantine.listBatches(enterprise.id, 10);
    expect(batches).toHaveLength(3);
  });

  it('an hour rollup stored after the last reading (never made by rollups) makes the batch run again adding to it, not fail', async () => {
    const { enterprise, meter } = await setup();
    await services.ingest.ingest(TEST_ACTOR, enterprise.id, readings('2025-03-01T00:00:00+08:00', 1000, [1, 1]), { source: 'http' });
    // The hours after 00:30 are new to the append path (plain INSERTs, rollup-append.ts); plant one at 02:00 Beijing.
    await sql`
      INSERT INTO rollups_hour (point_id, bucket, consumption, reading_count, min_value, max_value, sum_value, flags)
      VALUES (${meter.id}, '2025-02-28T18:00:00Z', 7, 1, 0, 0, 0, 0)`.execute(store.db);
    const receipt = await services.ingest.ingest(TEST_ACTOR, enterprise.id, readings('2025-03-01T02:15:00+08:00', 1010, [1]), {
      source: 'http',
    });
    expect(receipt).toMatchObject({ rows: 2, accepted: 2, rejected: [] });
    const hour = await store.db
      .selectFrom('rollupsHour')
      .select(['consumption', 'readingCount'])
      .where('pointId', '=', meter.id)
      .where('bucket', '=', new Date('2025-02-28T18:00:00Z'))
      .executeTakeFirstOrThrow();
    // 1002 → 1010 → 1011 at × 4000: 36 000 kWh added to the planted 7, and two readings to its one.
    expect(hour).toEqual({ consumption: 36_007, readingCount: 3 });
    expect(await store.db.selectFrom('ingestBatches').select('id').execute()).toHaveLength(2);
  });

  it('a point made just after a batch is known to the next batch (the point cache looks again before rejecting)', async () => {
    const { enterprise } = await setup();
    await services.ingest.ingest(TEST_ACTOR, enterprise.id, readings('2025-03-01T00:00:00+08:00', 1, [1]), { source: 'http' });
    await services.points.createPoint(TEST_ACTOR, enterprise.id, {
      code: 'W-1',
      name: '水表',
      medium: 'water',
      registerKind: 'interval',
      unit: 'm3',
    });
    const receipt = await services.ingest.ingest(TEST_ACTOR, enterprise.id, [{ point: 'W-1', ts: '2025-03-01 08:15', value: 2 }], {
      source: 'http',
    });
    expect(receipt).toMatchObject({ accepted: 1, rejected: [] });
  });

  it('rejects bad rows with field and reason into the quarantine, keeps the good ones, and replays a corrected row', async () => {
    const { enterprise } = await setup();
    const receipt = await services.ingest.ingest(
      TEST_ACTOR,
      enterprise.id,
      [
        { point: 'E-IN', ts: '2025-03-01 08:00', value: 10 },
        { point: 'NOPE', ts: '2025-03-01 08:15', value: 11 },
        { point: 'E-IN', ts: '2025-02-30 08:15', value: 11 },
        { point: 'E-IN', ts: '2025-03-01 08:30', value: 'abc' },
        { point: 'E-IN', ts: '2025-03-01T08:45:00+08:00', value: -5 },
        { point: 'E-IN', ts: '2030-01-01T00:00:00Z', value: 20 },
        { point: 'E-IN', ts: '2025-03-01 08:00', value: 10.5 },
      ],
      { source: 'http' },
    );
    expect(receipt.accepted).toBe(1);
    expect(receipt.rejected.map((r) => [r.row, r.field])).toEqual([
      [2, 'point'],
      [3, 'ts'],
      [4, 'value'],
      [5, 'value'],
      [6, 'ts'],
      [7, 'ts'],
    ]);
    const open = await services.quarantine.listRows(enterprise.id, 'open');
    expect(open).toHaveLength(6);
    const bad = open.find((r) => r.rowNo === 4)!;
    const replay = await services.quarantine.replay(TEST_ACTOR, {
      ids: [bad.id],
      corrections: { [bad.id]: { value: 12 } },
      reason: '数值录入错误，已核对',
    });
    expect(replay).toMatchObject({ accepted: 1, rejected: [] });
    expect((await services.quarantine.listRows(enterprise.id, 'open')).map((r) => r.rowNo).sort()).toEqual([2, 3, 5, 6, 7]);
    await expect(services.quarantine.replay(TEST_ACTOR, { ids: [bad.id], corrections: {}, reason: 'x' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('rollover and the multiplier give the true consumption in hour, day and month rollups (Asia/Shanghai)', async () => {
    const { enterprise, meter } = await setup();
    // 23:00 → 01:00 Beijing across midnight, wrapping at 100000: 99999.5 → 0.3 is an advance of 0.8.
    const rows = readings('2025-03-01T23:00:00+08:00', 99998.9, [0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]);
    await services.ingest.ingest(TEST_ACTOR, enterprise.id, rows, { source: 'http' });
    const day = await services.series.series(
      { kind: 'all' },
      { from: '2025-03-01T00:00:00+08:00', to: '2025-03-03T00:00:00+08:00', resolution: 'day', pointId: meter.id },
    );
    // 1 March: the readings at 23:15, 23:30, 23:45 and 00:00 close its last hour: 4 × 0.2 × 4000 = 3200 kWh.
    // 2 March: 00:15 … 01:00: 4 × 0.2 × 4000 = 3200 kWh, one of them across the wrap.
    expect(day.buckets.map((b) => [b.bucket, Math.round(b.consumption! * 1000) / 1000])).toEqual([
      ['2025-03-01', 3200],
      ['2025-03-02', 3200],
    ]);
    const month = await services.series.series(
      { kind: 'all' },
      { from: '2025-03-01T00:00:00+08:00', to: '2025-04-01T00:00:00+08:00', resolution: 'month', pointId: meter.id },
    );
    expect(month.buckets.map((b) => [b.bucket, Math.round(b.consumption! * 1000) / 1000])).toEqual([['2025-03', 6400]]);
    const flags = await store.db.selectFrom('rollupsHour').select(['bucket', 'flags']).where('flags', '>', 0).execute();
    expect(flags.length).toBeGreaterThan(0);
  });

  it('a meter swap keeps the true consumption: (closing − previous) + (current − opening)', async () => {
    const { enterprise, meter } = await setup();
    await services.ingest.ingest(TEST_ACTOR, enterprise.id, readings('2025-03-05T10:00:00+08:00', 500, [1, 1]), { source: 'http' });
    // The old meter read 502.4 when it came out at 10:40; the new one read 0.1 when it went in.
    await services.points.swapMeter(TEST_ACTOR, meter.id, {
      at: '2025-03-05T10:40:00+08:00',
      closingReading: 502.4,
      openingReading: 0.1,
      reason: '表计故障更换',
    });
    await services.ingest.ingest(TEST_ACTOR, enterprise.id, [{ point: 'E-IN', ts: '2025-03-05T10:45:00+08:00', value: 0.3 }], {
      source: 'http',
    });
    const hour = await services.series.series(
      { kind: 'all' },
      { from: '2025-03-05T10:00:00+08:00', to: '2025-03-05T11:00:00+08:00', resolution: 'hour', pointId: meter.id },
    );
    // 10:15 and 10:30 advance 1 each; across the swap (502→502.4) + (0.1→0.3) = 0.6: 2.6 register units × 4000 = 10400 kWh.
    // The 10:00 reading itself closes 09:45–10:00 (the previous hour).
    expect(Math.round(hour.buckets.reduce((s, b) => s + (b.consumption ?? 0), 0) * 1000) / 1000).toBe(2.6 * 4000);
  });

  /** Every stored rollup row of every resolution, in a stable order. */
  const rollupRows = async () => {
    const rows = await sql<{
      r: string;
      key: string;
      count: number;
      flags: number;
      min: number;
      max: number;
      sum: number;
      consumption: number | null;
    }>`
      SELECT r, point_id || ' ' || bucket::text AS key, reading_count AS count, flags, min_value AS min, max_value AS max, sum_value AS sum, consumption
      FROM (SELECT 'h' AS r, point_id, bucket::text AS bucket, reading_count, flags, min_value, max_value, sum_value, consumption FROM rollups_hour
            UNION ALL SELECT 'd', point_id, bucket::text, reading_count, flags, min_value, max_value, sum_value, consumption FROM rollups_day
            UNION ALL SELECT 'm', point_id, bucket::text, reading_count, flags, min_value, max_value, sum_value, consumption FROM rollups_month) x
      ORDER BY 1, 2`.execute(store.db);
    return rows.rows.map((r) => ({
      ...r,
      key: `${r.r} ${r.key}`,
      min: Number(r.min),
      max: Number(r.max),
      sum: Number(r.sum),
      consumption: r.consumption === null ? null : Number(r.consumption),
    }));
  };

  it.skipIf(testStoreKind() !== 'postgres')(
    'PostgreSQL: one batch of 150 000 readings of a single point (beyond a call’s argument limit)',
    async () => {
      const { enterprise, meter } = await setup();
      // 150 000 quarter-hours from 2020-01-01: more than push(...rows) can take in one call (about 125 000 in Node 20).
      const start = Date.parse('2020-01-01T00:00:00+08:00');
      const rows = Array.from({ length: 150_000 }, (_, i) => ({
        point: 'E-IN',
        ts: new Date(start + (i + 1) * 900_000).toISOString(),
        value: (i + 1) / 100,
      }));
      const receipt = await services.ingest.ingest(TEST_ACTOR, enterprise.id, rows, { source: 'file' });
      expect([receipt.accepted, receipt.rejected.length]).toEqual([150_000, 0]);
      const months = await store.db
        .selectFrom('rollupsMonth')
        .select((eb) => eb.fn.sum<number>('readingCount').as('n'))
        .where('pointId', '=', meter.id)
        .executeTakeFirstOrThrow();
      expect(Number(months.n)).toBe(150_000);
    },
  );

  /** Whether another session of this database comes to wait on an advisory lock within 10 s (PostgreSQL). */
  const waitsOnAdvisoryLock = async () => {
    for (let i = 0; i < 400; i++) {
      const waiting = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`.execute(store.db);
      if ((waiting.rows[0]?.n ?? 0) > 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return false;
  };

  it('a batch locks each point under its enterprise’s shared lock; above 256 points, the enterprise alone (no lock table overflow)', async () => {
    const { enterprise, meter } = await setup();
    const held = (trx: Parameters<typeof lockPoints>[0]) =>
      sql<{ mode: string; n: number }>`
        SELECT mode, count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() GROUP BY mode ORDER BY mode`
        .execute(trx)
        .then((r) => r.rows);
    await store.db.transaction().execute(async (trx) => {
      await lockPoints(trx, enterprise.id, [meter.id, '00000000-0000-4000-8000-000000000001']);
      expect(await held(trx)).toEqual([
        { mode: 'ExclusiveLock', n: 2 },
        { mode: 'ShareLock', n: 1 },
      ]);
    });
    // 20 000 points: one lock each would overflow PostgreSQL's lock table ("out of shared memory" beyond about 12 000
    // on the CI server's defaults); the batch takes its enterprise's lock exclusive instead.
    const many = Array.from({ length: 20_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    await store.db.transaction().execute(async (trx) => {
      await lockPoints(trx, enterprise.id, many);
      expect(await held(trx)).toEqual([{ mode: 'ExclusiveLock', n: 1 }]);
    });
  });

  it.skipIf(testStoreKind() !== 'postgres')(
    'PostgreSQL: a batch over 256 points waits for a batch of the same enterprise in flight, then goes on',
    async () => {
      const { enterprise, meter } = await setup();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const narrow = store.db.transaction().execute(async (trx) => {
        await lockPoints(trx, enterprise.id, [meter.id]);
        locked();
        await held;
      });
      await isLocked;
      let wideDone = false;
      const many = Array.from({ length: 300 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      const wide = store.db
        .transaction()
        .execute((trx) => lockPoints(trx, enterprise.id, many))
        .then(() => (wideDone = true));
      try {
        expect(await waitsOnAdvisoryLock()).toBe(true);
        expect(wideDone).toBe(false);
      } finally {
        release();
        await narrow;
      }
      await wide;
      expect(wideDone).toBe(true);
    },
  );

  it.skipIf(testStoreKind() !== 'postgres')(
    'PostgreSQL: a meter swap waits for a batch of its point in flight (the point’s ingestion lock)',
    async () => {
      const { enterprise, meter } = await setup();
      await services.ingest.ingest(TEST_ACTOR, enterprise.id, readings('2025-03-05T10:00:00+08:00', 500, [1, 1]), { source: 'http' });
      // A batch in flight holds the point's lock until it commits (ingest-merge.ts): here, until `release`.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const batch = store.db.transaction().execute(async (trx) => {
        await lockPoints(trx, enterprise.id, [meter.id]);
        locked();
        await held;
      });
      await isLocked;
      let swapped = false;
      const swap = services.points
        .swapMeter(TEST_ACTOR, meter.id, {
          at: '2025-03-05T10:40:00+08:00',
          closingReading: 502.4,
          openingReading: 0.1,
          reason: '表计故障更换',
        })
        .then(() => (swapped = true));
      try {
        expect(await waitsOnAdvisoryLock()).toBe(true);
        expect(swapped).toBe(false);
      } finally {
        release();
        await batch;
      }
      await swap;
      expect(swapped).toBe(true);
    },
  );

  it.skipIf(testStoreKind() !== 'postgres')(
    'PostgreSQL: concurrent batches of one point wait for each other, and their rollups are exact',
    async () => {
      const { enterprise, meter } = await setup();
      const rows = readings(
        '2025-03-10T00:00:00+08:00',
        100,
        Array.from({ length: 96 * 2 }, (_, i) => ((i * 7) % 5) / 10),
      );
      const parts = [0, 1, 2, 3].map((k) => rows.slice(k * 49, (k + 1) * 49));
      // Four batches at once on four pooled connections: without the point lock two of them would both take the
      // same "last stored reading" and add their rollups on top of each other's blind spot.
      const receipts = await Promise.all(parts.map((part) => services.ingest.ingest(TEST_ACTOR, enterprise.id, part, { source: 'http' })));
      expect(receipts.reduce((n, r) => n + r.accepted, 0)).toBe(rows.length);
      const grown = await rollupRows();
      await store.db.transaction().execute((trx) =>
        services.rollups.refresh(trx, [
          {
            pointId: meter.id,
            from: new Date(Date.parse('2025-03-10T00:00:00+08:00')),
            to: new Date(Date.parse('2025-03-12T00:00:00+08:00')),
          },
        ]),
      );
      const replaced = await rollupRows();
      expect(grown.map((r) => [r.key, r.count, r.flags])).toEqual(replaced.map((r) => [r.key, r.count, r.flags]));
      grown.forEach((row, i) => expect(Math.abs((row.consumption ?? 0) - (replaced[i]!.consumption ?? 0))).toBeLessThan(1e-6));
    },
  );

  it('any arrival order and any replay give the same rollups (property, on the store)', async () => {
    const { enterprise, meter } = await setup();
    const steps = Array.from({ length: 96 * 3 }, (_, i) => ((i * 37) % 11) / 10);
    const rows = readings('2025-03-10T00:00:00+08:00', 100, steps);
    const truth = (steps.reduce((a, b) => a + b, 0) * 4000) / 1;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        // In time order every batch after the first only appends (rollup-append.ts); shuffled, most replace.
        fc.oneof(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
        fc.integer({ min: 1, max: 6 }),
        async (order, parts) => {
          run++;
          await sql`DELETE FROM readings`.execute(store.db);
          await sql`DELETE FROM rollups_hour`.execute(store.db);
          await sql`DELETE FROM rollups_day`.execute(store.db);
          await sql`DELETE FROM rollups_month`.execute(store.db);
          const size = Math.ceil(order.length / parts);
          for (let i = 0; i < order.length; i += size)
            await services.ingest.ingest(TEST_ACTOR, enterprise.id, order.slice(i, i + size), { source: 'http' });
          await services.ingest.ingest(TEST_ACTOR, enterprise.id, order.slice(0, size), { source: 'http' }); // a replay
          const month = await services.series.series(
            { kind: 'all' },
            { from: '2025-03-01T00:00:00+08:00', to: '2025-04-01T00:00:00+08:00', resolution: 'month', pointId: meter.id },
          );
          const hours = await services.series.series(
            { kind: 'all' },
            { from: '2025-03-01T00:00:00+08:00', to: '2025-04-01T00:00:00+08:00', resolution: 'hour', pointId: meter.id },
          );
          const sumHours = hours.buckets.reduce((s, b) => s + (b.consumption ?? 0), 0);
          expect(Math.abs(month.buckets[0]!.consumption! - truth)).toBeLessThan(1e-6);
          expect(Math.abs(sumHours - truth)).toBeLessThan(1e-6);
          // Batches that only append grew the rollups (rollup-append.ts); the others replaced them. Either way every
          // stored row — count, min, max, sum, flags and consumption — equals a replacement from the readings.
          const grown = await rollupRows();
          await store.db.transaction().execute((trx) =>
            services.rollups.refresh(trx, [
              {
                pointId: meter.id,
                from: new Date(Date.parse('2025-03-10T00:00:00+08:00')),
                to: new Date(Date.parse('2025-03-13T00:00:00+08:00')),
              },
            ]),
          );
          const replaced = await rollupRows();
          expect(grown.map((r) => r.key)).toEqual(replaced.map((r) => r.key));
          grown.forEach((row, i) => {
            const other = replaced[i]!;
            expect([row.count, row.flags, row.min, row.max]).toEqual([other.count, other.flags, other.min, other.max]);
            expect(Math.abs(row.sum - other.sum)).toBeLessThan(1e-6);
            expect(Math.abs((row.consumption ?? 0) - (other.consumption ?? 0))).toBeLessThan(1e-6);
            expect(row.consumption === null).toBe(other.consumption === null);
          });
        },
      ),
      { numRuns: 6 },
    );
    expect(run).toBe(6);
  });
});
