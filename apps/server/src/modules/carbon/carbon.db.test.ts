import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, type FieldIssue } from '@jiliang/shared';
import { TEST_ACTOR, fixedClock, makeServices } from '../../../test/factories.ts';
import { buildCarbonQuarter } from '../../../test/carbon-world.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';

const issuesOf = async (promise: Promise<unknown>): Promise<FieldIssue[]> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.details as FieldIssue[];
    throw error;
  }
  throw new Error('expected a refusal');
};

/**
 * Accounting runs on both stores (issue 7 §1–4). The figures are worked by hand in the comments:
 *   electricity: 100 000 + 80 000 + 120 000 kWh = 300 MWh × 0.5306 tCO2/MWh (grid.national, 2023 data) = 159.18 tCO2;
 *   natural gas: (10 + 8 + 12) × 10⁴ Nm³ × 389.31 GJ/10⁴Nm³ × 0.0153 tC/GJ × 99 % × 44/12 = 648.656642699999… tCO2.
 * The meter's certificate (U = 0.5 %, k = 2) is valid to 14 Feb: measured = 100 000 + 80 000 × 14/28 = 140 000 of 300 000 kWh.
 */
describe.skipIf(!isTestStoreAvailable())(`greenhouse-gas accounting on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  beforeEach(async () => {
    store = await openTestStore();
    services = makeServices(store, fixedClock('2025-04-10T02:00:00.000Z'));
    await services.factors.ensureDefaultFactors(TEST_ACTOR);
  });
  afterEach(async () => store?.close());

  const setup = () => buildCarbonQuarter(services);
  const QUARTER = { periodStart: '2025-01-01', periodEnd: '2025-03-31' };

  it('a run: per source, total, measured share from certificates on the day, monthly trend, GUM uncertainty, intensity', async () => {
    const { enterprise, electricity, gas } = await setup();
    const run = await services.accounting.createRun(TEST_ACTOR, enterprise.id, {
      ...QUARTER,
      production: { product: '水泥熟料', value: 1000, unit: 't' },
      outputValue10kYuan: 500,
    });
    const bySource = Object.fromEntries(run.result.emissions.sources.map((s) => [s.id, s]));
    expect(bySource[electricity.id]!.tco2).toBeCloseTo(159.18, 10);
    expect(bySource[gas.id]!.tco2).toBeCloseTo(648.6566427, 7);
    expect(run.result.emissions.totalTco2).toBeCloseTo(807.8366427, 7);
    // u: electricity from the certificate (0.5 % / 2 = 0.25 %), gas from the entries' default 5 %; factors without u add nothing.
    expect(bySource[electricity.id]!.uRel).toBeCloseTo(0.0025, 12);
    expect(bySource[gas.id]!.uRel).toBeCloseTo(0.05, 12);
    const u = Math.hypot(159.18 * 0.0025, 648.6566427 * 0.05);
    expect(run.result.emissions.uncertainty.UTco2).toBeCloseTo(2 * u, 6);
    // Measured: 140 000 / 300 000 of the electricity; the gas is estimated.
    expect(run.record.measuredFractions[electricity.id]).toBeCloseTo(140_000 / 300_000, 12);
    expect(run.record.measuredFractions[gas.id]).toBe(0);
    expect(run.result.measuredShare).toBeCloseTo((159.18 * 140_000) / 300_000 / 807.8366427, 9);
    expect(run.result.monthly.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(run.result.monthly[0]!.sources[electricity.id]).toBeCloseTo(100 * 0.5306, 10);
    expect(run.result.monthly.reduce((s, m) => s + m.totalTco2, 0)).toBeCloseTo(run.result.emissions.totalTco2, 9);
    expect(run.result.intensity.perProduct).toEqual({ value: run.result.emissions.totalTco2 / 1000, unit: 'tCO2/t' });
    expect(run.result.intensity.per10kYuan).toBe(run.result.emissions.totalTco2 / 500);
    const provenance = run.record.provenance.find((p) => p.sourceId === electricity.id)!;
    expect(provenance.activity).toMatchObject({
      origin: 'measured',
      pointCode: 'EL-IN',
      certificates: [{ instrumentCode: 'A001', number: 'WH-2024-0215' }],
    });
    expect(provenance.factors).toMatchObject([
      { parameter: 'factor', code: 'grid.national', version: 3, value: 0.5306, confirmation: 'S2' },
    ]);
    expect((await services.accounting.verifyRun(run.id)).verified).toBe(true);
  });

  it('a new factor version, a re-run: the difference per source, and the old run still verifies; a tampered result is named', async () => {
    const { enterprise, electricity, gas } = await setup();
    const before = await services.accounting.createRun(TEST_ACTOR, enterprise.id, {
      ...QUARTER,
      monteCarlo: { iterations: 2000, seed: 42 },
    });
    const current = (await services.factors.listFactors({ code: 'grid.national', current: true })).at(-1)!;
    const { code, kind, subject, name, region, unit, sourceDocument, effectiveFrom, effectiveTo } = current;
    const corrected = await services.factors.createFactor(TEST_ACTOR, {
      ...{ code, kind, subject, name, region, unit, sourceDocument, effectiveFrom, effectiveTo },
      value: 0.5366,
      reason: '核对公告附件后更正 (checked against the announcement)',
      confirmation: 'verified',
    });
    expect(corrected).toMatchObject({ code: 'grid.national', version: 4, value: 0.5366, superseded: false });
    expect((await services.factors.listFactors({ code: 'grid.national' })).find((f) => f.version === 3)!.superseded).toBe(true);
    const after = await services.accounting.createRun(TEST_ACTOR, enterprise.id, {
      ...QUARTER,
      monteCarlo: { iterations: 2000, seed: 42 },
    });
    const diff = await services.accounting.compareRuns(before.id, after.id);
    const el = diff.sources.find((s) => s.sourceId === electricity.id)!;
    expect(el.deltaTco2).toBeCloseTo(300 * (0.5366 - 0.5306), 10);
    expect(el.factorChanges).toEqual([
      { parameter: 'factor', code: 'grid.national', baseVersion: 3, otherVersion: 4, baseValue: 0.5306, otherValue: 0.5366 },
    ]);
    expect(diff.sources.find((s) => s.sourceId === gas.id)).toMatchObject({ deltaTco2: 0, factorChanges: [] });
    expect(diff.totalDeltaTco2).toBeCloseTo(1.8, 10);
    // The old run keeps its factor values and recomputes bit for bit, Monte Carlo included (seed 42).
    expect(await services.accounting.verifyRun(before.id)).toMatchObject({ verified: true, differences: [] });
    expect(before.result.emissions.monteCarlo).toMatchObject({ iterations: 2000, seed: 42 });
    await sql`UPDATE accounting_runs SET result = jsonb_set(result, '{emissions,totalTco2}', '807.9') WHERE id = ${before.id}`.execute(
      store.db,
    );
    const tampered = await services.accounting.verifyRun(before.id);
    expect(tampered.verified).toBe(false);
    expect(tampered.differences).toEqual([{ path: '$.emissions.totalTco2', stored: 807.9, recomputed: before.result.emissions.totalTco2 }]);
  });

  it('refuses what cannot be accounted, naming the field and rule; a superseded entry is kept', async () => {
    const { enterprise, gas } = await setup();
    expect(
      await issuesOf(services.accounting.createRun(TEST_ACTOR, enterprise.id, { periodStart: '2025-01-02', periodEnd: '2025-03-30' })),
    ).toMatchObject([{ field: 'periodStart' }, { field: 'periodEnd', rule: 'the last day of a calendar month' }]);
    expect(
      await issuesOf(
        services.emissionSources.createSource(TEST_ACTOR, enterprise.id, {
          code: 'S-X',
          name: '锅炉',
          kind: 'fuel_combustion',
          subject: 'natural_gas',
          activityUnit: 'Nm3',
          parameters: { ncv: { factor: 'fuel.natural_gas.ncv' } },
        }),
      ),
    ).toMatchObject([
      { field: 'parameters.carbonContent', message: 'missing' },
      { field: 'parameters.oxidationRate', message: 'missing' },
    ]);
    // An NCV per tonne for a gas measured in Nm³ cannot build the model.
    const units = await issuesOf(
      services.emissionSources.createSource(TEST_ACTOR, enterprise.id, {
        code: 'S-Y',
        name: '锅炉',
        kind: 'fuel_combustion',
        subject: 'natural_gas',
        activityUnit: 'Nm3',
        parameters: {
          ncv: { factor: 'fuel.diesel.ncv' },
          carbonContent: { factor: 'fuel.natural_gas.cc' },
          oxidationRate: { factor: 'fuel.natural_gas.of' },
        },
      }),
    );
    expect(units[0]?.field).toBe('parameters.ncv.unit');
    expect(
      await issuesOf(
        services.factors.createFactor(TEST_ACTOR, {
          code: 'grid.national',
          kind: 'grid_electricity',
          subject: 'electricity',
          name: 'x',
          region: 'national',
          value: 0.6,
          unit: 'tCO2/MWh',
          sourceDocument: 'x',
          confirmation: 'M',
          effectiveFrom: '2025-01-01',
        }),
      ),
    ).toMatchObject([{ field: 'reason' }]);
    const corrected = await services.emissionSources.addEntry(TEST_ACTOR, gas.id, {
      month: '2025-02',
      value: 9,
      unit: '10^4Nm3',
      evidence: '更正后的结算单',
    });
    const entries = await services.emissionSources.listEntries([gas.id]);
    expect(entries.filter((e) => e.month === '2025-02').map((e) => [e.value, e.supersededBy])).toEqual([
      [8, corrected.id],
      [9, null],
    ]);
  });

  it('totals by prefecture and industry from each enterprise’s latest annual run', async () => {
    const { enterprise } = await setup();
    await services.accounting.createRun(TEST_ACTOR, enterprise.id, { periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const latest = await services.accounting.createRun(TEST_ACTOR, enterprise.id, { periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const byIndustry = await services.accounting.totals({ kind: 'all' }, 2025, 'industry');
    expect(byIndustry.rows).toEqual([
      expect.objectContaining({
        key: '水泥制造',
        enterprises: 1,
        totalTco2: latest.result.emissions.totalTco2,
        expandedUncertaintyTco2: latest.result.emissions.uncertainty.UTco2,
      }),
    ]);
    expect((await services.accounting.totals({ kind: 'organisations', organisationIds: [] }, 2025, 'prefecture')).rows).toEqual([]);
  });
});
