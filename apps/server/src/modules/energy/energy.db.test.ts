import { energyReviewRequestSchema, benchmarkRequestSchema, savingsRequestSchema, type IngestRow } from '@jiliang/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ACTOR, fixedClock, makeOrganisation, makeServices } from '../../../test/factories.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { makeEnergyWorks } from './energy-works.test-support.ts';

/** Energy services through the services on both stores (issue 8): the review from the register, rectification, rollups. */
describe.skipIf(!isTestStoreAvailable())(`energy services on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  beforeEach(async () => {
    store = await openTestStore();
    services = makeServices(store, fixedClock('2026-03-01T02:00:00.000Z'));
  });
  afterEach(async () => store?.close());

  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const daily = (point: string, from: string, days: number, value: number): IngestRow[] =>
    Array.from({ length: days }, (_, i) => ({
      point,
      ts: new Date(Date.parse(`${from}T12:00:00+08:00`) + i * 86_400_000).toISOString(),
      value,
    }));

  it('GB 17167-2006 表1/表3: the review is built from the register — placements, 100 kW counts, 90 kW is excluded, a spare is not installed', async () => {
    const works = await makeEnergyWorks(services, { passing: false });
    const review = await services.energy.reviews.createReview(
      TEST_ACTOR,
      works.enterprise.id,
      energyReviewRequestSchema.parse(works.request),
    );
    // 2026-02-01: GB 17167-2025 is in force, its tables are not entered: the 2006 tables apply and the review says so.
    expect([review.editionRequested, review.editionApplied]).toEqual(['GB 17167-2025', 'GB 17167-2006']);
    expect(review.result.note).toContain('GB 17167-2025');
    const placed = Object.fromEntries(review.snapshot.placements.map((p) => [p.code, p.pointId ?? p.reason]));
    expect(placed).toMatchObject({ 'E-IN-01': '进出1', 'E-U1-01': '1号熟料线·电力', 'E-M101': 'M-101', 'E-SP-01': '进出1' });
    expect(placed['R-01']).toContain('retired');
    expect(placed['T-01']).toContain('level other');
    const rows = review.findings
      .filter((f) => f.kind === 'equipping')
      .map((f) => [f.medium, f.level, f.required, f.installed, f.rate, f.limit, f.verdict]);
    expect(rows).toEqual([
      ['electricity', 'entry_exit', 1, 1, 100, 100, 'pass'],
      ['natural_gas', 'entry_exit', 1, 1, 100, 100, 'pass'],
      ['water', 'entry_exit', 1, 1, 100, 100, 'pass'],
      ['electricity', 'sub_unit', 1, 1, 100, 100, 'pass'],
      // M-101 (315 kW) and M-103 (100 kW, equal to the threshold) are main; M-102 (90 kW) is not.
      ['electricity', 'main_equipment', 2, 1, 50, 95, 'fail'],
    ]);
    expect(review.result.excluded.map((e) => e.id)).toEqual(['M-102']);
    expect(review.result.notCounted.map((n) => n.code)).toEqual(['E-SP-01']);
    expect(review.score).toBe(77.3);
    expect(review.verdict).toBe('fail');
    expect(review.findings.filter((f) => f.verdict === 'fail').map((f) => [f.kind, f.instrumentCode])).toEqual([
      ['equipping', null],
      ['accuracy', 'G-IN-01'],
      ['calibration', 'W-IN-01'],
      ['management', null],
    ]);
    expect(review.rectifications.map((r) => [r.seq, r.status, r.dueOn])).toEqual([
      [1, 'open', '2026-05-01'],
      [2, 'open', '2026-05-01'],
      [3, 'open', '2026-05-01'],
      [4, 'open', '2026-05-01'],
    ]);
    expect(review.rectifications[0]?.requirement).toContain('M-103');
    expect(review.serial).toBe(1);
    const second = await services.energy.reviews.createReview(
      TEST_ACTOR,
      works.enterprise.id,
      energyReviewRequestSchema.parse(works.request),
    );
    expect(second.serial).toBe(2);
    expect((await services.energy.reviews.listReviews(works.enterprise.id, 1, 10)).items.map((r) => [r.serial, r.openItems])).toEqual([
      [2, 4],
      [1, 4],
    ]);
  });

  it('rectification to closure: closing without evidence is refused naming the field; closed stays closed; every step is kept and audited', async () => {
    const works = await makeEnergyWorks(services, { passing: false });
    const review = await services.energy.reviews.createReview(
      TEST_ACTOR,
      works.enterprise.id,
      energyReviewRequestSchema.parse(works.request),
    );
    const item = review.rectifications[0]!;
    await expect(services.energy.rectifications.updateItem(TEST_ACTOR, item.id, { status: 'closed' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'evidence' }],
    });
    const started = await services.energy.rectifications.updateItem(TEST_ACTOR, item.id, { status: 'in_progress', version: 1 });
    expect([started.status, started.version]).toEqual(['in_progress', 2]);
    await expect(
      services.energy.rectifications.updateItem(TEST_ACTOR, item.id, { status: 'in_progress', version: 1 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'version' }],
    });
    const closed = await services.energy.rectifications.updateItem(TEST_ACTOR, item.id, {
      status: 'closed',
      evidence: 'M-103 电能表安装验收单（2026-02-20）及检定证书',
    });
    expect([closed.status, closed.closedBy, closed.evidence]).toEqual(['closed', 'test', 'M-103 电能表安装验收单（2026-02-20）及检定证书']);
    expect(closed.events.map((e) => `${e.fromStatus ?? '-'}→${e.toStatus}`)).toEqual(['-→open', 'open→in_progress', 'in_progress→closed']);
    await expect(
      services.energy.rectifications.updateItem(TEST_ACTOR, item.id, { status: 'in_progress', note: '再开' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await services.energy.reviews.getReview(review.id)).openItems).toBe(3);
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true });
    const actions = await store.db.selectFrom('auditLog').select('action').where('action', 'like', 'energy.%').orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['energy.review.create', 'energy.rectification.status', 'energy.rectification.status']);
  });

  it('GB 16780-2012 4.3: a benchmark from month rollups (kWh → kgce at 0.1229) and entered coal, with months lacking data named', async () => {
    const enterprise = await makeOrganisation(services, { kind: 'enterprise', divisionCode: '420881' });
    const point = await services.points.createPoint(TEST_ACTOR, enterprise.id, {
      code: 'EL-KILN',
      name: '窑系统电能',
      medium: 'electricity',
      registerKind: 'interval',
      unit: 'MWh',
      intervalMinutes: 1440,
    });
    // January: 31 days × 100 MWh = 3 100 000 kWh → 380 990 kgce; February has no data.
    await services.ingest.ingest(TEST_ACTOR, enterprise.id, daily('EL-KILN', '2026-01-01', 31, 100), { source: 'http' });
    const benchmark = await services.energy.benchmarks.createBenchmark(
      TEST_ACTOR,
      enterprise.id,
      benchmarkRequestSchema.parse({
        indicatorId: 'clinker_comprehensive',
        capacityTpd: 2500,
        period: { from: '2026-01', to: '2026-02' },
        energy: [
          { source: 'point', pointId: point.id, energy: 'electricity' },
          { source: 'entered', energy: 'raw_coal', quantity: 6000, unit: 't', evidence: '入厂煤过磅单汇总 2026-01/02' },
        ],
        production: { quantity: 40_000, unit: 't', evidence: '熟料产量月报' },
      }),
    );
    // (380 990 + 6 000 000 kg × 0.7143 = 4 285 800) kgce / 40 000 t = 116.67 kgce/t ≤ 120: advanced (2000–4000 t/d).
    expect(benchmark.energyTotal.value).toBeCloseTo(4_666_790, 3);
    expect(benchmark.unitConsumption).toBeCloseTo(116.66975, 5);
    expect([benchmark.category, benchmark.verdict, benchmark.tiers]).toEqual([
      '2000to4000',
      'advanced',
      { existing: 134, new: 123, advanced: 120 },
    ]);
    expect(benchmark.gapToAdvanced).toBeCloseTo(-3.33025, 5);
    expect(benchmark.lines[0]).toMatchObject({
      source: 'point',
      pointCode: 'EL-KILN',
      quantity: 3_100_000,
      unit: 'kWh',
      monthsWithData: 1,
    });
    expect(benchmark.warnings).toEqual(['EL-KILN：2 个月中仅 1 个月有数据 (months with data 1/2)']);
    expect(await services.energy.benchmarks.listBenchmarks(enterprise.id)).toHaveLength(1);
  });

  it('GB/T 3484 energy balance over points.parentPointId: day rollups, MWh children in the parent’s kWh, the unmetered 10 % flagged', async () => {
    const enterprise = await makeOrganisation(services, { kind: 'enterprise', divisionCode: '420881' });
    const make = (code: string, unit: string, parentPointId?: string) =>
      services.points.createPoint(TEST_ACTOR, enterprise.id, {
        code,
        name: code,
        medium: 'electricity',
        registerKind: 'interval',
        unit,
        intervalMinutes: 1440,
        parentPointId,
      });
    const root = await make('EL-IN', 'kWh');
    await make('EL-A', 'kWh', root.id);
    await make('EL-B', 'MWh', root.id);
    await services.ingest.ingest(
      TEST_ACTOR,
      enterprise.id,
      [...daily('EL-IN', '2026-01-01', 10, 1000), ...daily('EL-A', '2026-01-01', 10, 600), ...daily('EL-B', '2026-01-01', 10, 0.3)],
      { source: 'http' },
    );
    const balance = await services.energy.balance.computeBalance(enterprise.id, { from: '2026-01-01', to: '2026-01-10' });
    expect(balance.root.code).toBe('EL-IN');
    expect(balance.rows.map((r) => [r.code, round(r.input), r.outputs && round(r.outputs), r.flag, r.daysWithData])).toEqual([
      ['EL-IN', 10_000, 9_000, 'unmetered_remainder', 10],
      ['EL-A', 6_000, null, 'end_use', 10],
      ['EL-B', 3_000, null, 'end_use', 10],
    ]);
    expect([balance.totals.input, round(balance.totals.endUse), round(balance.totals.unmetered), round(balance.totals.closure!)]).toEqual([
      10_000, 9_000, 1_000, 0.9,
    ]);
    expect(balance.sankey.links.map((l) => round(l.value))).toEqual([6_000, 3_000, 1_000]);
    const oneDay = await services.energy.balance.computeBalance(enterprise.id, { from: '2026-01-10', to: '2026-01-10' });
    expect(oneDay.totals.input).toBe(1_000);
  });

  it('GB/T 28750-2012 savings from month rollups: E = 50 + 2P fits, 117 saved, u = s·√(3 + 9/6 + 60²/7000) = 2.239', async () => {
    const enterprise = await makeOrganisation(services, { kind: 'enterprise', divisionCode: '420881' });
    const point = await services.points.createPoint(TEST_ACTOR, enterprise.id, {
      code: 'EL-TOTAL',
      name: '全厂用电',
      medium: 'electricity',
      registerKind: 'interval',
      unit: 'MWh',
      intervalMinutes: 1440,
    });
    const production = [100, 120, 140, 160, 180, 200];
    const noise = [1, -1, 0, 0, -1, 1];
    const baselineEnergy = production.map((p, i) => 50 + 2 * p + noise[i]!);
    const reportingProduction = [150, 170, 190];
    const reportingEnergy = reportingProduction.map((p) => 0.9 * (50 + 2 * p));
    const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];
    await services.ingest.ingest(
      TEST_ACTOR,
      enterprise.id,
      [...baselineEnergy, ...reportingEnergy].map((value, i) => ({ point: 'EL-TOTAL', ts: `${months[i]}-15T12:00:00+08:00`, value })),
      { source: 'http' },
    );
    const savings = await services.energy.savings.createVerification(
      TEST_ACTOR,
      enterprise.id,
      savingsRequestSchema.parse({
        title: '余热发电改造节能量',
        pointIds: [point.id],
        productionUnit: 't',
        evidence: '熟料产量月报',
        baseline: production.map((p, i) => ({ period: months[i], production: p })),
        reporting: reportingProduction.map((p, i) => ({ period: months[i + 6], production: p })),
      }),
    );
    expect(savings.energyUnit).toBe('MWh');
    expect(savings.model.slope).toBeCloseTo(2, 10);
    expect(savings.model.intercept).toBeCloseTo(50, 10);
    expect(savings.savings).toBeCloseTo(117, 9);
    expect(savings.uncertainty.standardUncertainty).toBeCloseTo(Math.sqrt(3 + 9 / 6 + 3600 / 7000), 9);
    expect(savings.uncertainty.expanded).toBeCloseTo(4.47853, 4);
    await expect(
      services.energy.savings.createVerification(
        TEST_ACTOR,
        enterprise.id,
        savingsRequestSchema.parse({
          title: '缺数据',
          pointIds: [point.id],
          productionUnit: 't',
          evidence: '月报',
          baseline: [{ period: '2024-12', production: 1 }, ...production.slice(0, 2).map((p, i) => ({ period: months[i], production: p }))],
          reporting: [{ period: '2025-07', production: 150 }],
        }),
      ),
    ).rejects.toMatchObject({ details: [{ field: 'baseline[0].period', rule: 'EL-TOTAL has no meter data for 2024-12 (rollups_month)' }] });
  });

  it('CM-6(1) demand analysis: the region’s enterprises and the reviewed ones, unmeasured and uncalibrated by industry, most uncertain first', async () => {
    const centre = await makeOrganisation(services, { kind: 'institution', divisionCode: '420804', name: '荆门测试碳计量中心' });
    await makeEnergyWorks(services, { passing: true, divisionCode: '420881', name: '荆门本地水泥' });
    const far = await makeEnergyWorks(services, { passing: false, divisionCode: '420222', name: '黄石远方水泥' });
    await makeOrganisation(services, { kind: 'enterprise', divisionCode: '420107' });
    await services.energy.reviews.createReview(
      TEST_ACTOR,
      far.enterprise.id,
      energyReviewRequestSchema.parse({ ...far.request, reviewerOrganisationId: centre.id }),
    );
    const demand = await services.energy.demand.analyseDemand(centre.id, '2026-02-01');
    expect(demand.enterprises.map((e) => [e.name, e.basis, e.instruments, e.uncalibrated])).toEqual([
      // T-01 is in service without a certificate; far away, W-IN-01's certificate also ran out on 2025-12-31.
      ['荆门本地水泥', 'region', 8, 1],
      ['黄石远方水泥', 'reviewed', 7, 2],
    ]);
    const farUnit = demand.enterprises.find((e) => e.name === '黄石远方水泥')!;
    expect(farUnit.latestReview).toMatchObject({ score: 77.3, verdict: 'fail' });
    // T-01 (steam, level other) is the only steam instrument: steam has no entry/exit meter; and the review's failing 表1 rate.
    expect(demand.enterprises[0]!.unmeasured.map((u) => u.medium)).toEqual(['steam']);
    expect(farUnit.unmeasured).toEqual([
      { medium: 'steam', reason: expect.stringContaining('无在用的进出用能单位计量器具') },
      { medium: 'electricity', reason: expect.stringContaining('主要用能设备未计量 1 个') },
    ]);
    expect(demand.byIndustry).toHaveLength(1);
    expect(demand.byIndustry[0]!.media.find((m) => m.medium === 'water')).toMatchObject({
      enterprises: 2,
      instruments: 2,
      uncalibrated: 1,
    });
    // The certificate's U comes first (G-IN-01: 1.2 %), then the class read as MPE (T-01 has no certificate: class 1.0).
    expect(demand.mostUncertain.slice(0, 4).map((m) => [m.enterpriseName, m.code, m.relativePct, m.source])).toEqual([
      ['荆门本地水泥', 'G-IN-01', 1.2, 'certificate'],
      ['黄石远方水泥', 'G-IN-01', 1.2, 'certificate'],
      ['荆门本地水泥', 'T-01', 1, 'accuracy_class'],
      ['黄石远方水泥', 'T-01', 1, 'accuracy_class'],
    ]);
  });
});
