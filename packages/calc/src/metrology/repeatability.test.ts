import { describe, expect, it } from 'vitest';
import { judgeRepeatability } from './repeatability.ts';

describe('judgeRepeatability (JJF 1033-2023 检定或校准结果的重复性试验)', () => {
  it('Bessel s for n = 10: mean 10.0, Σ(xᵢ − x̄)² = 0.20, s = √(0.20/9) = 0.149071198499986; m = 4 → s/√4 = 0.074535599249993', () => {
    const result = judgeRepeatability({ readings: [10.0, 10.2, 9.8, 10.1, 9.9, 10.0, 10.2, 9.8, 10.1, 9.9], m: 4 });
    expect(result).toMatchObject({ n: 10, m: 4, verdict: 'recorded', warnings: [] });
    expect(result.mean).toBeCloseTo(10, 12);
    expect(result.s).toBeCloseTo(0.149071198499986, 12); // outputs carry 12 significant digits
    expect(result.sOfResult).toBeCloseTo(0.074535599249993, 12);
    expect(result.rule).toContain('JJF 1033-2023');
  });

  it('JJF 1033-2023 n ≥ 10 where possible: n = 9 warns; 1..9 → mean 5, Σd² = 60, s = √(60/8) = 2.738612787525831', () => {
    const result = judgeRepeatability({ readings: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(result.s).toBeCloseTo(2.738612787525831, 10); // outputs carry 12 significant digits
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('n = 9');
  });

  it('fewer than 2 readings is a validation error naming readings', () => {
    expect(() => judgeRepeatability({ readings: [1] })).toThrow(/readings: at_least_2/);
  });

  it('JJF 1033-2023 implementation guide: s/√m equal to the budget passes; [1, 2, 3] → s = √(2/2) = 1, m = 4 → 0.5', () => {
    expect(judgeRepeatability({ readings: [1, 2, 3], m: 4, budgetRepeatability: 0.5 })).toMatchObject({ sOfResult: 0.5, verdict: 'pass' });
  });

  it('JJF 1033-2023 implementation guide: s/√m above the budget fails and asks for a re-evaluation', () => {
    const result = judgeRepeatability({ readings: [1, 2, 3], m: 4, budgetRepeatability: 0.49 });
    expect(result.verdict).toBe('fail');
    expect(result.message).toContain('重新评定');
  });

  it('m must be a positive integer', () => {
    expect(() => judgeRepeatability({ readings: [1, 2, 3], m: 0 })).toThrow(/m: positive_integer/);
  });
});
