import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyEnergySavings } from './energy-savings.ts';

/** Production 1..5 kt, energy 12, 14, 17, 18, 21 TJ. */
const baseline = [12, 14, 17, 18, 21].map((energy, i) => ({ period: `2024-0${i + 1}`, energy, production: i + 1 }));

describe('energy-savings verification (GB/T 28750-2012 baseline model)', () => {
  it('GB/T 28750-2012: least squares by hand: b = 22/10 = 2.2, a = 16.4 − 2.2 × 3 = 9.8, s² = 0.8/3', () => {
    const r = verifyEnergySavings({ baseline, reporting: [{ period: '2025-01', energy: 17, production: 4 }] });
    // P̄ = 3, Ē = 16.4, Sxx = 10, Sxy = 8.8 + 2.4 + 0 + 1.6 + 9.2 = 22
    expect(r.model.slope).toBeCloseTo(2.2, 12);
    expect(r.model.intercept).toBeCloseTo(9.8, 12);
    // residuals 0, −0.2, 0.6, −0.6, 0.2 → SSE 0.8, s = √(0.8/3) = 0.516398; Syy = 49.2, R² = 1 − 0.8/49.2 = 0.983740
    expect(r.model.residualStandardError).toBeCloseTo(Math.sqrt(0.8 / 3), 12);
    expect(r.model.rSquared).toBeCloseTo(0.98374, 5);
    expect(r.model.degreesOfFreedom).toBe(3);
    // adjusted baseline 9.8 + 2.2 × 4 = 18.6; savings 18.6 − 17 = 1.6
    expect(r.adjustedBaseline).toBeCloseTo(18.6, 12);
    expect(r.savings).toBeCloseTo(1.6, 12);
    // u² = s² (1 + 1/5 + (4 − 3)²/10) = 0.266667 × 1.3 = 0.346667, u = 0.588784, U = 2u = 1.177568
    expect(r.uncertainty.standardUncertainty).toBeCloseTo(0.588784, 6);
    expect(r.uncertainty.k).toBe(2);
    expect(r.uncertainty.expanded).toBeCloseTo(1.177568, 6);
    expect(r.uncertainty.interval[0]).toBeCloseTo(0.422432, 6);
    expect(r.uncertainty.interval[1]).toBeCloseTo(2.777568, 6);
    expect(r.extrapolated).toEqual([]);
  });

  it('GB/T 28750-2012: two reporting periods sum, u² = s² (2 + 4/5 + (1 + 2)²/10) = 0.266667 × 3.7; k is a parameter', () => {
    const r = verifyEnergySavings({
      baseline,
      reporting: [
        { period: '2025-01', energy: 17, production: 4 },
        { period: '2025-02', energy: 19, production: 5 },
      ],
      k: 3.18,
    });
    // adjusted 18.6 + 20.8 = 39.4; savings 39.4 − 36 = 3.4; u = √0.986667 = 0.993311
    expect(r.adjustedBaseline).toBeCloseTo(39.4, 12);
    expect(r.savings).toBeCloseTo(3.4, 12);
    expect(r.savingsRate).toBeCloseTo(3.4 / 39.4, 12);
    expect(r.uncertainty.standardUncertainty).toBeCloseTo(0.993311, 6);
    expect(r.uncertainty.expanded).toBeCloseTo(3.18 * 0.993311, 5);
  });

  it('GB/T 28750-2012: a reporting production outside the baseline range is marked as extrapolated', () => {
    expect(verifyEnergySavings({ baseline, reporting: [{ period: '2025-03', energy: 30, production: 8 }] }).extrapolated).toEqual([
      '2025-03',
    ]);
  });

  it('GB/T 28750-2012: fewer than 3 baseline periods, a flat production or a negative energy are refused, naming the field', () => {
    const reporting = [{ period: 'r', energy: 1, production: 1 }];
    expect(() => verifyEnergySavings({ baseline: baseline.slice(0, 2), reporting })).toThrow(/baseline: at least 3 periods/);
    const flat = baseline.map((p) => ({ ...p, production: 2 }));
    expect(() => verifyEnergySavings({ baseline: flat, reporting })).toThrow(/baseline: production must vary/);
    expect(() => verifyEnergySavings({ baseline, reporting: [{ period: 'r', energy: -1, production: 1 }] })).toThrow(
      /reporting\[0\]\.energy/,
    );
    expect(() => verifyEnergySavings({ baseline, reporting, k: 0 })).toThrow(/k: a coverage factor > 0/);
  });

  it('GB/T 28750-2012: an exactly linear baseline has zero uncertainty and savings = model − actual (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 30_000 }),
        (a, b, productions, p, e) => {
          const r = verifyEnergySavings({
            baseline: productions.map((x) => ({ period: 'b', energy: a + b * x, production: x })),
            reporting: [{ period: 'r', energy: e, production: p }],
          });
          return (
            Math.abs(r.savings - (a + b * p - e)) < 1e-6 * (1 + a + b * p) && r.uncertainty.standardUncertainty < 1e-6 * (1 + a + b * 500)
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
