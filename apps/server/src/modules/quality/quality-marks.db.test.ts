import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TEST_ACTOR, makeOrganisation } from '../../../test/factories.ts';
import { isTestStoreAvailable, testStoreKind } from '../../../test/test-store.ts';
import { clearMarks, markDirty, readMarks } from './quality.repository.ts';
import { useQualityWorld } from './quality-test-world.ts';

/**
 * Re-check marks cannot be lost (issue 6 §2; 0009_quality_marks.sql). An evaluation reads a point-day's mark, then
 * its readings, then clears the mark; a mark written again in between (new readings, a certificate, a swap) carries
 * a new number and survives the clearing, so the new readings are judged by the next sweep.
 * One interval kWh point, hourly readings of 2025-06-01, 10 kWh each.
 */
const HOUR = 3_600_000;
const START = Date.parse('2025-06-01T00:00:00+08:00');
const DAY = '2025-06-01';

describe.skipIf(!isTestStoreAvailable())(`quality re-check marks on ${testStoreKind()}`, () => {
  const world = useQualityWorld();

  const setup = async () => {
    const org = (await makeOrganisation(world.services, { kind: 'enterprise' })).id;
    const point = await world.services.points.createPoint(TEST_ACTOR, org, {
      code: 'EL',
      name: '进线',
      medium: 'electricity',
      registerKind: 'interval',
      unit: 'kWh',
      intervalMinutes: 60,
    });
    const rows = Array.from({ length: 24 }, (_, i) => ({ point: 'EL', ts: new Date(START + (i + 1) * HOUR).toISOString(), value: 10 }));
    await world.services.ingest.ingest(TEST_ACTOR, org, rows, { source: 'http' });
    return { org, point: point.id };
  };
  const storedDay = async (point: string) => {
    const row = await world.store.db
      .selectFrom('qualityEvaluations')
      .select(['readingCount', 'flags'])
      .where('pointId', '=', point)
      .where('day', '=', DAY)
      .executeTakeFirst();
    return row;
  };

  it('clears only the marks it read: a mark written again since stays (0009)', async () => {
    const { point } = await setup();
    const seen = await readMarks(world.store.db, point, [DAY]);
    expect(seen).toHaveLength(1);
    // New readings of the day arrive while the evaluation runs: ingestion marks the day again.
    await world.services.ingest.ingest(
      TEST_ACTOR,
      (await world.services.quality.evaluation.loadPoint(point)).enterpriseId,
      [{ point: 'EL', ts: new Date(START + 24 * HOUR).toISOString(), value: 12, reason: '校正' }],
      { source: 'http' },
    );
    const renewed = await readMarks(world.store.db, point, [DAY]);
    expect(renewed[0]!.seq).not.toBe(seen[0]!.seq);
    await clearMarks(world.store.db, point, seen);
    expect(await readMarks(world.store.db, point, [DAY])).toEqual(renewed);
    // The mark as it now stands is cleared by whoever read it.
    await clearMarks(world.store.db, point, renewed);
    expect(await readMarks(world.store.db, point, [DAY])).toEqual([]);
  });

  it('a sweep judges a marked day and clears its mark', async () => {
    const { point } = await setup();
    await markDirty(world.store.db, [{ pointId: point, day: DAY }], new Date());
    expect(await world.services.quality.evaluation.sweep({ pointIds: [point] })).toBeGreaterThan(0);
    expect(await readMarks(world.store.db, point, [DAY])).toEqual([]);
    expect(await storedDay(point)).toMatchObject({ readingCount: 24 });
  });

  it.skipIf(testStoreKind() !== 'postgres')(
    'PostgreSQL: a concurrent ingest that commits while an evaluation stores keeps its mark, and the next sweep sees its reading',
    async () => {
      // The ingest of the setup marked the day; it has not been evaluated yet.
      const { point } = await setup();
      const firstTs = new Date(START + HOUR);
      let evaluation: Promise<number> | undefined;
      let waited = false;
      await world.store.db.transaction().execute(async (trx) => {
        // The concurrent "ingest": the 01:00 reading is removed (a revision the evaluation must not miss) and the day
        // marked again, which renews its number and holds the mark's row until this transaction commits.
        await trx.deleteFrom('readings').where('pointId', '=', point).where('ts', '=', firstTs).execute();
        await markDirty(trx, [{ pointId: point, day: DAY }], new Date());
        // The evaluation reads the committed mark and day (24 readings); clearing the mark, it waits on our row.
        evaluation = world.services.quality.evaluation.evaluatePointDays(point, [DAY]);
        for (let i = 0; i < 400 && !waited; i++) {
          const waiting = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%quality_dirty%'`.execute(world.store.db);
          waited = (waiting.rows[0]?.n ?? 0) > 0;
          if (!waited) await new Promise((resolve) => setTimeout(resolve, 25));
        }
      });
      expect(waited).toBe(true);
      expect(await evaluation).toBe(1);
      expect(await storedDay(point)).toMatchObject({ readingCount: 24 });
      // The mark outlived the evaluation that ran beside the change …
      expect(await readMarks(world.store.db, point, [DAY])).toHaveLength(1);
      // … so the next sweep judges the day as it now is: 23 readings, a gap.
      await world.services.quality.evaluation.sweep({ pointIds: [point] });
      expect(await storedDay(point)).toMatchObject({ readingCount: 23 });
      expect(await readMarks(world.store.db, point, [DAY])).toEqual([]);
    },
  );
});
