import { describe, expect, it } from 'vitest';
import type { AccountingRecord } from '@jiliang/shared';
import { computeAccountingResult, diffJson, verifyAccountingRun } from './accounting-run.ts';
import { compareAccountingRuns } from './compare-runs.ts';
import { isFactorVersionSuperseded, resolveFactorVersion } from './resolve-factor.ts';

const provenance = (sourceId: string, factor: { id: string; version: number; value: number }) => ({
  sourceId,
  code: sourceId,
  name: sourceId,
  kind: 'purchased_electricity',
  subject: 'electricity',
  siteId: null,
  siteName: null,
  activity: {
    origin: 'measured' as const,
    unit: 'MWh',
    pointId: null,
    pointCode: null,
    certificates: [],
    uncertaintyBasis: '',
    entryIds: [],
    missingMonths: [],
  },
  factors: [
    {
      parameter: 'factor',
      factorId: factor.id,
      code: 'grid.national',
      version: factor.version,
      value: factor.value,
      unit: 'tCO2/MWh',
      uRel: null,
      confirmation: 'S2' as const,
      sourceDocument: 'x',
    },
  ],
});

/** 100 + 200 MWh × 0.5306 = 159.18 tCO2 with the certificate's uRel 0.25 %, 40 % measured. */
const record = (factor = { id: 'f3', version: 3, value: 0.5306 }): AccountingRecord => ({
  methodVersion: 'test',
  enterpriseId: 'e',
  enterpriseName: 'e',
  periodStart: '2025-01-01',
  periodEnd: '2025-02-28',
  calculation: {
    sources: [
      {
        id: 'el',
        kind: 'purchased_electricity',
        quantity: { value: 300, unit: 'MWh', uRel: 0.0025 },
        factor: { value: factor.value, unit: 'tCO2/MWh' },
      },
    ],
  },
  months: [
    { month: '2025-01', quantities: { el: 100 } },
    { month: '2025-02', quantities: { el: 200 } },
  ],
  measuredFractions: { el: 0.4 },
  monteCarlo: { iterations: 1000, seed: 7 },
  production: { product: '熟料', value: 100, unit: 't' },
  outputValue10kYuan: 50,
  provenance: [provenance('el', factor)],
});

describe('accounting runs: a pure function of the record (issue 7 §3)', () => {
  it('total, monthly trend, measured share and intensity, by hand', () => {
    const result = computeAccountingResult(record());
    expect(result.emissions.totalTco2).toBeCloseTo(159.18, 12);
    expect(result.monthly.map((m) => m.totalTco2)).toEqual([100 * 0.5306, 200 * 0.5306]);
    expect(result.measuredTco2).toBeCloseTo(0.4 * 159.18, 12);
    expect(result.measuredShare).toBeCloseTo(0.4, 12);
    expect(result.intensity).toEqual({
      perProduct: { value: result.emissions.totalTco2 / 100, unit: 'tCO2/t' },
      per10kYuan: result.emissions.totalTco2 / 50,
    });
    expect(result.emissions.uncertainty.UTco2).toBeCloseTo(2 * 159.18 * 0.0025, 12);
  });

  it('verifies bit for bit (the Monte Carlo by its seed), and names each figure that differs', () => {
    const r = record();
    const stored = JSON.parse(JSON.stringify(computeAccountingResult(r)));
    expect(verifyAccountingRun(r, stored)).toEqual([]);
    stored.emissions.monteCarlo.meanTco2 += 1e-12;
    stored.monthly[1].totalTco2 = 0;
    expect(verifyAccountingRun(r, stored).map((d) => d.path)).toEqual(['$.emissions.monteCarlo.meanTco2', '$.monthly[1].totalTco2']);
    expect(diffJson({ a: [1, 2] }, { a: [1] })).toEqual([{ path: '$.a.length', stored: 2, recomputed: 1 }]);
  });

  it('compares two runs per source: the delta and the factor version that changed', () => {
    const base = { id: 'a', record: record(), result: computeAccountingResult(record()) };
    const next = record({ id: 'f4', version: 4, value: 0.5366 });
    const diff = compareAccountingRuns(base, { id: 'b', record: next, result: computeAccountingResult(next) });
    expect(diff.sources[0]).toMatchObject({
      sourceId: 'el',
      activityDelta: 0,
      factorChanges: [{ code: 'grid.national', baseVersion: 3, otherVersion: 4, baseValue: 0.5306, otherValue: 0.5366 }],
    });
    expect(diff.totalDeltaTco2).toBeCloseTo(300 * 0.006, 12);
  });
});

describe('factor versions: the highest version covering the day (issue 7 §1)', () => {
  const versions = [
    { version: 1, effectiveFrom: '2021-01-01', effectiveTo: '2021-12-31' },
    { version: 2, effectiveFrom: '2022-01-01', effectiveTo: '2022-12-31' },
    { version: 3, effectiveFrom: '2023-01-01', effectiveTo: null },
    { version: 4, effectiveFrom: '2023-01-01', effectiveTo: null },
  ];
  it('picks by effective range, boundaries inclusive, corrections win', () => {
    expect(resolveFactorVersion(versions, '2021-12-31')?.version).toBe(1);
    expect(resolveFactorVersion(versions, '2022-01-01')?.version).toBe(2);
    expect(resolveFactorVersion(versions, '2026-06-30')?.version).toBe(4);
    expect(resolveFactorVersion(versions, '2020-12-31')).toBeUndefined();
    expect(versions.map((v) => isFactorVersionSuperseded(v, versions))).toEqual([false, false, true, false]);
  });
});
