import type { EmissionSource, MeasuredQuantity } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { computeEmissions } from './compute-emissions.ts';
import { buildEmissionModels } from './emission-models.ts';
import { createEmissionsSamplingPlan, runEmissionsMonteCarlo, sampleEmissionTotals, summariseEmissionSamples } from './monte-carlo.ts';
import { createRandomState, fillNormal, fillRectangular, nextUint32 } from './random.ts';

/**
 * Monte Carlo (JCGM 101:2008 / JJF 1059.2-2012). Tolerances are statistical: with M draws of an output of
 * standard deviation σ, the mean has standard error σ/√M, the standard deviation σ/√(2M) (normal output),
 * and the 2.5 % quantile sqrt(p(1 − p)/M)/φ(1.96)·σ = 0.00597σ for M = 200 000. Each check allows 4 standard
 * errors (a fixed seed makes the run reproducible; 4 SE would fail by chance about once in 16 000 seeds).
 */
const q = (value: number, unit: string, more: Partial<MeasuredQuantity> = {}): MeasuredQuantity => ({ value, unit, ...more });
const M = 200_000;

describe('random numbers: xoshiro128** and the polar method', () => {
  it('xoshiro128** from state [1, 2, 3, 4] gives the reference outputs 11520, 0, 5927040, 70819200', () => {
    // first output by hand: rotl(s1 × 5, 7) × 9 = rotl(10, 7) × 9 = 1280 × 9 = 11520
    const state = Int32Array.from([1, 2, 3, 4]);
    expect([nextUint32(state), nextUint32(state), nextUint32(state), nextUint32(state)]).toEqual([11520, 0, 5927040, 70819200]);
  });

  it('normals have mean 0, variance 1 and 95 % inside ±1.959964; rectangular draws stay inside ±√3·u', () => {
    const z = new Float64Array(M);
    fillNormal(createRandomState(2024), z, 0, M, 0, 1);
    const mean = z.reduce((a, b) => a + b, 0) / M;
    const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / (M - 1);
    const inside = z.filter((v) => Math.abs(v) < 1.959964).length / M;
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(M)); // 0.0089
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / M)); // 0.0126
    expect(Math.abs(inside - 0.95)).toBeLessThan(4 * Math.sqrt((0.95 * 0.05) / M)); // 0.00195
    const r = new Float64Array(M);
    fillRectangular(createRandomState(7), r, 0, M, 10, 1);
    expect(r.reduce((a, b) => Math.max(a, b))).toBeLessThan(10 + Math.sqrt(3));
    expect(r.reduce((a, b) => Math.min(a, b))).toBeGreaterThan(10 - Math.sqrt(3));
  });
});

describe('Monte Carlo agrees with GUM for small uncertainties (JCGM 101:2008 8 validation)', () => {
  it('a linear total (normal output): mean, standard deviation and the 95 % interval E ± 1.959964·u', () => {
    // electricity 2500 MWh (u 2 %) × 0.5366 → 1341.5 ± 26.83; heat 3000 GJ × 0.11 (u 5 %) → 330 ± 16.5
    // total 1671.5, u = √(26.83² + 16.5²) = √(719.8489 + 272.25) = √992.0989 = 31.4976 tCO2
    const sources: EmissionSource[] = [
      { kind: 'purchased_electricity', id: 'e', quantity: q(2500, 'MWh', { uRel: 0.02 }), factor: q(0.5366, 'tCO2/MWh') },
      { kind: 'purchased_heat', id: 'h', quantity: q(3000, 'GJ'), factor: q(0.11, 'tCO2/GJ', { uRel: 0.05 }) },
    ];
    const result = computeEmissions({ sources }, { monteCarlo: { iterations: M, seed: 20240607 } });
    const u = result.uncertainty.uTco2;
    expect(u).toBeCloseTo(31.4976, 4);
    const mc = result.monteCarlo!;
    expect(mc).toMatchObject({ iterations: M, seed: 20240607 });
    expect(Math.abs(mc.meanTco2 - 1671.5)).toBeLessThan((4 * u) / Math.sqrt(M));
    expect(Math.abs(mc.standardDeviationTco2 - u)).toBeLessThan((4 * u) / Math.sqrt(2 * M));
    expect(Math.abs(mc.interval95[0] - (1671.5 - 1.959964 * u))).toBeLessThan(4 * 0.00597 * u);
    expect(Math.abs(mc.interval95[1] - (1671.5 + 1.959964 * u))).toBeLessThan(4 * 0.00597 * u);
  });

  it('products and steam (small uRel): mean and standard deviation agree with the GUM values', () => {
    // E[Π x_i] = Π μ_i for independent inputs, and steam is linear in each input: no bias in the mean.
    // Var of a product exceeds the GUM first-order value by Σ_{i<j} r_i² r_j² + …, here < 2·10^-6 relative: far below 4 SE.
    const result = computeEmissions(
      {
        sources: [
          {
            kind: 'fuel_combustion',
            id: 'coal',
            quantity: q(1000, 't', { uRel: 0.01 }),
            ncv: q(23.204, 'GJ/t', { uRel: 0.02 }),
            carbonContent: q(0.02618, 'tC/GJ', { uRel: 0.03 }),
            oxidationRate: q(93, '%', { mpe: 1 }),
          },
          {
            kind: 'purchased_steam',
            id: 's',
            quantity: q(2000, 't', { uRel: 0.01 }),
            enthalpy: q(2777.7, 'kJ/kg', { u: 5 }),
            factor: q(0.11, 'tCO2/GJ'),
          },
        ],
      },
      { monteCarlo: { iterations: M, seed: 99 } },
    );
    const { uTco2: u } = result.uncertainty;
    const mc = result.monteCarlo!;
    expect(Math.abs(mc.meanTco2 - result.totalTco2)).toBeLessThan((4 * u) / Math.sqrt(M));
    expect(Math.abs(mc.standardDeviationTco2 - u)).toBeLessThan((4 * u) / Math.sqrt(2 * M));
  });

  it('an MPE is sampled as rectangular: 330 ± 9.9 tCO2 uniform → sd 9.9/√3 = 5.715768, interval 330 ± 0.95 × 9.9', () => {
    // heat 3000 GJ with MPE ±3 % → ±90 GJ → ±9.9 tCO2; u = 9.9/√3 = 5.715768; the uniform's 95 % interval
    // is [320.595, 339.405]; its quantile SE = sqrt(p(1 − p)/M)·2a = 0.000349 × 19.8 = 0.0069 (4 SE = 0.028)
    const models = buildEmissionModels({
      sources: [{ kind: 'purchased_heat', id: 'h', quantity: q(3000, 'GJ', { mpeRel: 0.03 }), factor: q(0.11, 'tCO2/GJ') }],
    });
    const mc = runEmissionsMonteCarlo(models, { iterations: M, seed: 5 });
    expect(Math.abs(mc.standardDeviationTco2 - 5.715768)).toBeLessThan((4 * 5.715768) / Math.sqrt(M)); // uniform: sd SE ≈ 0.45σ/√M, 4σ/√M is wide
    expect(Math.abs(mc.interval95[0] - 320.595)).toBeLessThan(0.028);
    expect(Math.abs(mc.interval95[1] - 339.405)).toBeLessThan(0.028);
  });
});

describe('Monte Carlo: reproducibility and the coverage interval', () => {
  const models = buildEmissionModels({
    sources: [{ kind: 'purchased_heat', id: 'h', quantity: q(3000, 'GJ', { uRel: 0.02 }), factor: q(0.11, 'tCO2/GJ') }],
  });
  const plan = createEmissionsSamplingPlan(models);

  it('the same seed gives the same draws; another seed or stream gives others', () => {
    const a = sampleEmissionTotals(plan, { iterations: 1000, seed: 42 });
    expect(sampleEmissionTotals(plan, { iterations: 1000, seed: 42 })).toEqual(a);
    expect(sampleEmissionTotals(plan, { iterations: 1000, seed: 43 })[0]).not.toBe(a[0]);
    expect(sampleEmissionTotals(plan, { iterations: 1000, seed: 42, stream: 1 })[0]).not.toBe(a[0]);
  });

  it('JCGM 101:2008 7.7 interval on 1..1000: q = 950, r = 25 → [y_25, y_975] = [25, 975]; sd = √(1000·1001/12)', () => {
    const samples = Float64Array.from({ length: 1000 }, (_, i) => 1000 - i);
    const r = summariseEmissionSamples(samples, 1);
    expect(r.interval95).toEqual([25, 975]);
    expect(r.meanTco2).toBe(500.5);
    expect(r.standardDeviationTco2).toBeCloseTo(288.8194361, 7);
  });

  it('refuses too few iterations and a seed outside 32 bits, naming the option', () => {
    expect(() => runEmissionsMonteCarlo(models, { iterations: 10, seed: 1 })).toThrow(/iterations/);
    expect(() => runEmissionsMonteCarlo(models, { iterations: 1000, seed: 2 ** 32 })).toThrow(/seed/);
  });
});
