import { describe, expect, it } from 'vitest';
import { QUALITY_FLAG_BITS } from '@jiliang/shared';
import { TEST_ACTOR, makeOrganisation } from '../../../test/factories.ts';
import { meterInput, verification } from '../../../test/instrument-world.ts';
import { isTestStoreAvailable, testStoreKind } from '../../../test/test-store.ts';
import { useQualityWorld } from './quality-test-world.ts';

/**
 * Stored evaluations and their re-run triggers on both stores (issue 6 §2): ingestion, limits, a certificate
 * revoked (a trigger in 0008_quality.sql) and a meter swap mark point-days dirty; a read evaluates them first.
 * Two days of hourly readings, 2025-06-01 and 06-02, +10 kWh an hour, one step of +40 on 06-02 12:00.
 */
const HOUR = 3_600_000;
const START = Date.parse('2025-06-01T00:00:00+08:00');

describe.skipIf(!isTestStoreAvailable())(`quality evaluations on ${testStoreKind()}`, () => {
  const world = useQualityWorld();

  const setup = async () => {
    const org = (await makeOrganisation(world.services, { kind: 'enterprise' })).id;
    const meter = await world.services.instruments.createInstrument(TEST_ACTOR, org, meterInput({ code: 'Q1' }));
    const certificate = await world.services.certificates.addCertificate(
      TEST_ACTOR,
      { instrumentId: meter.id },
      verification('Q-1', '2025-01-01', '2025-12-31'),
    );
    const point = await world.services.points.createPoint(TEST_ACTOR, org, {
      code: 'EL',
      name: '进线',
      medium: 'electricity',
      registerKind: 'cumulative',
      unit: 'kWh',
      intervalMinutes: 60,
      rolloverValue: 999999.99,
      instrumentId: meter.id,
    });
    let value = 0;
    const rows = Array.from({ length: 48 }, (_, i) => {
      const ts = START + (i + 1) * HOUR;
      value += ts === START + 36 * HOUR ? 40 : 10;
      return { point: 'EL', ts: new Date(ts).toISOString(), value };
    });
    await world.services.ingest.ingest(TEST_ACTOR, org, rows, { source: 'http' });
    return { org, point: point.id, certificate: certificate.id };
  };
  const dirty = async () =>
    (await world.store.db.selectFrom('qualityDirty').select(['day']).orderBy('day').execute()).map((r) => String(r.day));

  it('marks the days of a batch dirty, and a read evaluates and clears them', async () => {
    const { org, point } = await setup();
    // The readings' days, the day before the 01:00 reading and the day after the closing 00:00 reading.
    expect(await dirty()).toEqual(['2025-05-31', '2025-06-01', '2025-06-02', '2025-06-03']);
    const map = await world.services.quality.read.heatmap(org, '2025-06');
    // The read swept June; 05-31 lies outside it (and before the first reading, so it will be dropped, never flagged).
    expect(await dirty()).toEqual(['2025-05-31']);
    const cells = map.points[0]!.cells.slice(0, 2).map((c) => [c.day, c.completeness, c.flags]);
    // No limits yet: range and spike are skipped, nothing is flagged.
    expect(cells).toEqual([
      ['2025-06-01', 1, 0],
      ['2025-06-02', 1, 0],
    ]);
    // Days after the last reading up to yesterday (06-03 … 06-30) are evaluated as missing: completeness 0.
    expect(map.points[0]!.cells).toHaveLength(2 + 28);
    expect(map.points[0]!.cells[2]).toMatchObject({
      day: '2025-06-03',
      completeness: 0,
      flags: QUALITY_FLAG_BITS.completeness | QUALITY_FLAG_BITS.gap,
    });
    // Limits change: the point's evaluated days are dirty again, and the re-run flags the 40 kWh/h step.
    await world.services.quality.write.setLimits(TEST_ACTOR, point, {
      min: null,
      max: null,
      maxRatePerHour: 30,
      stuckRunLength: 8,
      completenessThreshold: 0.9,
    });
    expect((await dirty()).length).toBe(1 + 30);
    const issues = await world.services.quality.read.listIssues(org, { month: '2025-06', rule: 'spike' });
    expect(issues.map((i) => [i.day, i.count, i.flaggedReadings])).toEqual([['2025-06-02', 1, 1]]);
    const flags = await world.store.db.selectFrom('readingFlags').selectAll().where('flags', '=', QUALITY_FLAG_BITS.spike).execute();
    expect(flags.map((f) => f.ts.toISOString())).toEqual([new Date(START + 36 * HOUR).toISOString()]);
  });

  it('re-runs the days a revoked certificate governs (from its calibration day on)', async () => {
    const { org, certificate } = await setup();
    await world.services.quality.read.heatmap(org, '2025-06');
    expect(await dirty()).toEqual(['2025-05-31']);
    await world.services.certificates.revokeCertificate(TEST_ACTOR, certificate, { revokedOn: '2025-06-02', reason: '送检发现超差' });
    // Every evaluated day from the day before the calibration day (2025-01-01) on: all 30 of June.
    expect((await dirty()).slice(0, 3)).toEqual(['2025-05-31', '2025-06-01', '2025-06-02']);
    expect(await dirty()).toHaveLength(1 + 30);
    const day1 = await world.services.quality.read.getDay(
      (await world.store.db.selectFrom('points').select('id').executeTakeFirstOrThrow()).id,
      '2025-06-01',
    );
    // Revoked from 06-02: the 00:00 reading of 06-02 closes 06-01 and is read without a valid certificate.
    expect(day1.findings.map((f) => f.rule)).toEqual(['calibration']);
    expect(day1.credibility.parts.calibration).toBeCloseTo(23 / 24, 9);
  });

  it('keeps estimates apart from readings: filling adds no reading', async () => {
    const { point } = await setup();
    await world.store.db
      .deleteFrom('readings')
      .where('pointId', '=', point)
      .where('ts', '=', new Date(START + 10 * HOUR))
      .execute();
    const before = await world.store.db
      .selectFrom('readings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const result = await world.services.quality.write.fillGaps(TEST_ACTOR, point, {
      from: '2025-06-01',
      to: '2025-06-01',
      method: 'linear',
    });
    expect(result).toEqual({ estimated: 1, unfilled: 0, method: 'linear' });
    const after = await world.store.db
      .selectFrom('readings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const estimates = await world.store.db.selectFrom('estimatedValues').selectAll().execute();
    expect(estimates.map((e) => [e.ts.toISOString(), e.value, e.method])).toEqual([
      [new Date(START + 10 * HOUR).toISOString(), 100, 'linear'],
    ]);
  });
});
