import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUALITY_FLAG_BITS } from '@jiliang/shared';
import { addDays } from '@jiliang/calc';
import { TEST_ACTOR, fixedClock, makeOrganisation, makeServices } from '../../../test/factories.ts';
import { meterInput, verification } from '../../../test/instrument-world.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';

/**
 * Rules 9 and 10 on the server (issue 6; docs/QUALITY.md "How the server feeds rules 9 and 10"), on both stores.
 * Points read once a day (interval register, 1440 min): the reading at the next midnight is the day's consumption,
 * so rollups_day holds exactly the figures below. The clock stands at 2025-07-01 10:00 Shanghai: June is over.
 */
const JUNE = Array.from({ length: 30 }, (_, i) => `2025-06-${String(i + 1).padStart(2, '0')}`);

describe.skipIf(!isTestStoreAvailable())(`rules 9 and 10 on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  let clock: ReturnType<typeof fixedClock>;
  let org: string;
  beforeEach(async () => {
    store = await openTestStore();
    clock = fixedClock('2025-07-01T02:00:00.000Z');
    services = makeServices(store, clock);
    org = (await makeOrganisation(services, { kind: 'enterprise' })).id;
  });
  afterEach(async () => store?.close());

  /** A certified meter of `accuracyClass` (null: none stated) on a new daily point. */
  const point = async (code: string, accuracyClass: string | null, parentPointId?: string) => {
    const meter = await services.instruments.createInstrument(TEST_ACTOR, org, meterInput({ code: `M-${code}`, accuracyClass }));
    await services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      verification(`C-${code}`, '2025-01-01', '2025-12-31'),
    );
    const created = await services.points.createPoint(TEST_ACTOR, org, {
      code,
      name: code,
      medium: 'electricity',
      registerKind: 'interval',
      unit: 'kWh',
      intervalMinutes: 1440,
      instrumentId: meter.id,
      ...(parentPointId ? { parentPointId } : {}),
    });
    return created.id;
  };
  const ingest = (code: string, values: Record<string, number>) =>
    services.ingest.ingest(
      TEST_ACTOR,
      org,
      Object.entries(values).map(([day, value]) => ({ point: code, ts: `${addDays(day, 1)}T00:00:00+08:00`, value })),
      { source: 'http' },
    );
  const skippedReason = (day: { skipped: { rule: string; reason: string }[] }, rule: string) =>
    day.skipped.find((s) => s.rule === rule)?.reason;

  describe('rule 10, energy balance of a parent meter and its children', () => {
    /**
     * P (class 1.0) over C1 and C2 (class 1.0): a_i = 1 % of each reading, u_i = a_i/√3, U = 2·√Σ(a_i/√3)².
     * 06-10: 1000 against 600 + 395: D = 5, U = 2·√((10² + 6² + 3.95²)/3) = 14.2175 → passes, closure 1.
     * 06-11: 1000 against 600 + 370: D = 30, U = 2·√((10² + 6² + 3.7²)/3) = 14.1275 → fails, closure U/D = 0.47092.
     */
    const setup = async () => {
      const parent = await point('P', '1.0');
      await point('C1', '1.0', parent);
      await point('C2', '1.0', parent);
      await ingest('P', { '2025-06-10': 1000, '2025-06-11': 1000, '2025-06-12': 1000 });
      await ingest('C1', { '2025-06-10': 600, '2025-06-11': 600, '2025-06-12': 600 });
      await ingest('C2', { '2025-06-10': 395, '2025-06-11': 370 });
      return parent;
    };

    it('passes within U (closure 1, the score includes the balance part) and finds D beyond it', async () => {
      const parent = await setup();
      const within = await services.quality.read.getDay(parent, '2025-06-10');
      expect(within.findings).toEqual([]);
      expect(skippedReason(within, 'balance')).toBeUndefined();
      expect(within.credibility.parts.balance).toBe(1);
      expect(within.credibility.counts.balanceChecks).toBe(1);
      expect(within.credibility.score).toBe(100);

      const beyond = await services.quality.read.getDay(parent, '2025-06-11');
      const U = 2 * Math.sqrt((10 ** 2 + 6 ** 2 + 3.7 ** 2) / 3);
      expect(U).toBeCloseTo(14.1275, 4);
      expect(beyond.findings.map((f) => [f.rule, f.measured])).toEqual([['balance', 30]]);
      expect(beyond.findings[0]!.limit).toBeCloseTo(U, 9);
      expect(beyond.findings[0]!.message).toContain('总表 P');
      expect(beyond.flags & QUALITY_FLAG_BITS.balance).toBe(QUALITY_FLAG_BITS.balance);
      expect(beyond.credibility.parts.balance).toBeCloseTo(U / 30, 9);
      // Completeness, validity and calibration are 1: 100 × (0.3 + 0.3 + 0.2 + 0.2 · U/30).
      expect(beyond.credibility.score).toBeCloseTo(100 * (0.8 + 0.2 * (U / 30)), 6);
      // A child is judged on its own: it is no parent meter.
      const child = (await store.db.selectFrom('points').select('id').where('code', '=', 'C2').executeTakeFirstOrThrow()).id;
      const childDay = await services.quality.read.getDay(child, '2025-06-11');
      expect(childDay.findings).toEqual([]);
      expect(childDay.credibility.counts.balanceChecks).toBe(0);
    });

    it('skips a day with a child missing, and re-evaluates the parent when the child’s late reading arrives', async () => {
      const parent = await setup();
      const before = await services.quality.read.getDay(parent, '2025-06-12');
      expect(skippedReason(before, 'balance')).toContain('child C2 has no data that day');
      expect(before.credibility.counts.balanceChecks).toBe(0);
      // The late reading of C2 marks the parent's day (0010 trigger on rollups_day) in the ingest transaction.
      await ingest('C2', { '2025-06-12': 398 });
      const marked = await store.db.selectFrom('qualityDirty').select('day').where('pointId', '=', parent).execute();
      expect(marked.map((m) => String(m.day))).toContain('2025-06-12');
      const after = await services.quality.read.getDay(parent, '2025-06-12');
      expect(skippedReason(after, 'balance')).toBeUndefined();
      expect(after.credibility.counts.balanceChecks).toBe(1);
      expect(after.credibility.parts.balance).toBe(1);
      // A revised child reading changes the verdict the same way: 06-11 closes once C2 reads 395.
      await services.ingest.ingest(TEST_ACTOR, org, [{ point: 'C2', ts: '2025-06-12T00:00:00+08:00', value: 395, reason: '抄表更正' }], {
        source: 'http',
      });
      expect((await services.quality.read.getDay(parent, '2025-06-11')).findings).toEqual([]);
    });

    it('re-evaluates the parent when a child’s day grows by appended readings (a stored day row updated)', async () => {
      const parent = await setup();
      // C2 reads 200 by noon of 06-12; the day is judged: 1000 − 600 − 200 = 200, far beyond U.
      await services.ingest.ingest(TEST_ACTOR, org, [{ point: 'C2', ts: '2025-06-12T12:00:00+08:00', value: 200 }], { source: 'http' });
      expect((await services.quality.read.getDay(parent, '2025-06-12')).findings.map((f) => [f.rule, f.measured])).toEqual([
        ['balance', 200],
      ]);
      // The rest of the day arrives after it: the append adds to C2's stored 06-12 row (an UPDATE, 0010's second trigger).
      await services.ingest.ingest(TEST_ACTOR, org, [{ point: 'C2', ts: '2025-06-13T00:00:00+08:00', value: 198 }], { source: 'http' });
      const after = await services.quality.read.getDay(parent, '2025-06-12');
      expect(after.findings).toEqual([]);
      expect(after.credibility.parts.balance).toBe(1);
    });

    it('skips the day with a reason naming the point whose meter states no MPE (none is invented)', async () => {
      const parent = await point('Q', '1.0');
      await point('Q1', '1.0', parent);
      await point('Q2', null, parent);
      await ingest('Q', { '2025-06-10': 1000 });
      await ingest('Q1', { '2025-06-10': 600 });
      await ingest('Q2', { '2025-06-10': 100 });
      const day = await services.quality.read.getDay(parent, '2025-06-10');
      expect(skippedReason(day, 'balance')).toContain('point Q2: instrument M-Q2 states neither an accuracy class nor an MPE');
      expect(day.findings).toEqual([]);
      expect(day.credibility.parts.balance).toBeNull();
      // Stating the class later re-runs the parent's days (0010 trigger on instruments): 1000 − 700 is far beyond U.
      const q2 = await store.db.selectFrom('instruments').select('id').where('code', '=', 'M-Q2').executeTakeFirstOrThrow();
      await store.db.updateTable('instruments').set({ accuracyClass: '2' }).where('id', '=', q2.id).execute();
      expect((await services.quality.read.getDay(parent, '2025-06-10')).findings.map((f) => [f.rule, f.measured])).toEqual([
        ['balance', 300],
      ]);
    });
  });

  describe('rule 9, daily vs monthly consistency', () => {
    /** M reads 105 kWh a day: June's days sum to 3150, July's to 3255. */
    const setup = async (days: readonly string[] = JUNE) => {
      const id = await point('M', '1.0');
      await ingest('M', Object.fromEntries(days.map((d) => [d, 105])));
      return id;
    };
    const consistency = async (id: string, day: string) => {
      const evaluated = await services.quality.read.getDay(id, day);
      return { findings: evaluated.findings.filter((f) => f.rule === 'consistency'), skipped: skippedReason(evaluated, 'consistency') };
    };

    it('passes at exactly 5 %, fails at 5.01 %, and a superseding figure keeps the old one and re-marks the month', async () => {
      const id = await setup();
      expect((await consistency(id, '2025-06-15')).skipped).toContain('no monthly figure for 2025-06');
      // |3150 − 3000| / 3000 = 5 %: passes (STANDARDS §3).
      await services.quality.monthlyFigures.addFigure(TEST_ACTOR, org, {
        pointId: id,
        month: '2025-06',
        value: 3000,
        source: 'bill',
        evidence: '国网电费结算单 2025-06',
      });
      expect(await consistency(id, '2025-06-15')).toEqual({ findings: [], skipped: undefined });
      await store.db.deleteFrom('qualityDirty').execute();
      // A replacement needs a reason; without one nothing is stored.
      const replacement = {
        pointCode: 'M',
        month: '2025-06',
        value: 2999.7,
        source: 'monthly_report' as const,
        evidence: '企业能源月报 6 月',
      };
      await expect(services.quality.monthlyFigures.addFigure(TEST_ACTOR, org, replacement)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'reason' }],
      });
      // |3150 − 2999.7| / 2999.7 = 5.0105 %: fails.
      const second = await services.quality.monthlyFigures.addFigure(TEST_ACTOR, org, { ...replacement, reason: '以企业月报为准' });
      const figures = await services.quality.monthlyFigures.listFigures(org, { month: '2025-06' });
      expect(figures.map((f) => [f.value, f.supersededBy, f.dailySum])).toEqual([
        [2999.7, null, 3150],
        [3000, second.id, 3150],
      ]);
      const marked = await store.db.selectFrom('qualityDirty').select('day').where('pointId', '=', id).orderBy('day').execute();
      expect(marked.map((m) => String(m.day))).toEqual(JUNE);
      const failed = await consistency(id, '2025-06-15');
      expect(failed.findings).toHaveLength(1);
      expect(failed.findings[0]!.measured).toBeCloseTo(150.3 / 2999.7, 12);
      expect(failed.findings[0]!.limit).toBe(0.05);
    });

    it('waits for the month to end: the current month is skipped, then judged once it is over', async () => {
      // July's readings are in (the clock stands after them while they are ingested), then it is 07-20.
      clock.set('2025-08-02T02:00:00.000Z');
      const id = await setup(Array.from({ length: 31 }, (_, i) => `2025-07-${String(i + 1).padStart(2, '0')}`));
      clock.set('2025-07-20T02:00:00.000Z');
      await services.quality.monthlyFigures.addFigure(TEST_ACTOR, org, {
        pointId: id,
        month: '2025-07',
        value: 2000,
        source: 'monthly_report',
        evidence: '企业能源月报 7 月（预估）',
      });
      expect((await consistency(id, '2025-07-10')).skipped).toContain('month not over');
      // 31 × 105 = 3255 against 2000: once July is over its days are judged again, without a new mark.
      clock.set('2025-08-02T02:00:00.000Z');
      const judged = await consistency(id, '2025-07-10');
      expect(judged.skipped).toBeUndefined();
      expect(judged.findings[0]!.measured).toBeCloseTo(1255 / 2000, 12);
    });
  });
});
