import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_CREDIBILITY_COUNTS, scoreCredibility, sumCredibilityCounts, type CredibilityCounts } from './credibility-score.ts';

const counts = (overrides: Partial<CredibilityCounts>): CredibilityCounts => ({ ...EMPTY_CREDIBILITY_COUNTS, ...overrides });

describe('scoreCredibility (100 × Σ w·part, weights 30 / 30 / 20 / 20 % over the parts that apply)', () => {
  it('the seeded day: 94/96, 91/94 valid, 93/94 calibrated, no balance → weights 3/8, 3/8, 2/8', () => {
    const result = scoreCredibility(
      counts({ expected: 96, received: 94, readings: 94, validReadings: 91, calibrationChecked: 94, calibratedReadings: 93 }),
    );
    expect(result.parts).toEqual({ completeness: 94 / 96, validity: 91 / 94, calibration: 93 / 94, balance: null });
    expect(result.weights).toEqual({ completeness: 0.375, validity: 0.375, calibration: 0.25, balance: 0 });
    expect(result.score).toBeCloseTo(100 * (0.375 * (94 / 96) + 0.375 * (91 / 94) + 0.25 * (93 / 94)), 9);
    expect(result.score).toBeCloseTo(97.756, 3); // 36.719 + 36.303 + 24.734
    expect(result.grade).toBe('A');
  });

  it('all four parts: 100 % complete, 80 % valid, 50 % calibrated, closure 0.5 → 30 + 24 + 10 + 10 = 74 → C', () => {
    const result = scoreCredibility(
      counts({
        expected: 10,
        received: 10,
        readings: 10,
        validReadings: 8,
        calibrationChecked: 10,
        calibratedReadings: 5,
        balanceChecks: 2,
        balanceClosureSum: 1,
      }),
    );
    expect([result.score, result.grade]).toEqual([74, 'C']);
  });

  it('grade edges: every part 0.9 is 90 exactly (A despite binary noise), 0.75 is B, 0.6 is C, 0.59 is D', () => {
    const at = (r: number) =>
      scoreCredibility(
        counts({
          expected: 100,
          received: 100 * r,
          readings: 100,
          validReadings: 100 * r,
          calibrationChecked: 100,
          calibratedReadings: 100 * r,
        }),
      );
    expect([at(0.9).score, at(0.9).grade]).toEqual([90, 'A']);
    expect([at(0.89).grade, at(0.75).grade, at(0.6).grade, at(0.59).grade]).toEqual(['B', 'B', 'C', 'D']);
  });

  it('nothing applies → no score; inconsistent counts are refused', () => {
    expect(scoreCredibility(EMPTY_CREDIBILITY_COUNTS)).toMatchObject({ score: null, grade: null });
    expect(() => scoreCredibility(counts({ expected: 5, received: 6 }))).toThrow(/counts\.received: not_above_expected/);
    expect(() => scoreCredibility(counts({ readings: 1.5 }))).toThrow(/counts\.readings: integer_at_least_0/);
  });

  it('property: summing counts is order-free, and the score stays within 0–100', () => {
    const part = fc.record({ expected: fc.nat(200), readings: fc.nat(200), checks: fc.nat(3) }).chain(({ expected, readings, checks }) =>
      fc.record({
        expected: fc.constant(expected),
        received: fc.nat(expected),
        readings: fc.constant(readings),
        validReadings: fc.nat(readings),
        calibrationChecked: fc.constant(readings),
        calibratedReadings: fc.nat(readings),
        balanceChecks: fc.constant(checks),
        balanceClosureSum: fc.integer({ min: 0, max: checks * 4 }).map((q) => q / 4),
      }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (list) => {
        const forward = sumCredibilityCounts(list);
        expect(sumCredibilityCounts([...list].reverse())).toEqual(forward);
        const { score } = scoreCredibility(forward);
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
