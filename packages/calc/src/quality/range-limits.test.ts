import { describe, expect, it } from 'vitest';
import { checkRangeLimits } from './range-limits.ts';

const T = Date.parse('2025-03-01T10:00:00+08:00');
const at = (...values: number[]) => values.map((value, k) => ({ ts: T + k * 900_000, value }));

describe('checkRangeLimits (per-point min / max; equality passes)', () => {
  it('max 100: 100 passes, 100.0001 fails; min 0: 0 passes, −0.001 fails', () => {
    const { violations, findings } = checkRangeLimits(at(100, 100.0001, 0, -0.001, 50), { min: 0, max: 100 });
    expect(violations.map((v) => v.value)).toEqual([100.0001, -0.001]);
    expect(findings.map((f) => [f.rule, f.ts, f.measured, f.limit])).toEqual([
      ['range', T + 900_000, 100.0001, 100],
      ['range', T + 3 * 900_000, -0.001, 0],
    ]);
    expect(findings[0]?.message).toBe('数值 100.0001 高于上限 100');
  });

  it('one-sided limits: only max, only min, or none', () => {
    expect(checkRangeLimits(at(-5, 200), { max: 100 }).violations.map((v) => v.value)).toEqual([200]);
    expect(checkRangeLimits(at(-5, 200), { min: 0, max: null }).violations.map((v) => v.value)).toEqual([-5]);
    expect(checkRangeLimits(at(-5, 200), {}).violations).toEqual([]);
  });

  it('min = max is a fixed value; min > max and unsorted samples are refused', () => {
    expect(checkRangeLimits(at(50, 50.5), { min: 50, max: 50 }).violations.map((v) => v.value)).toEqual([50.5]);
    expect(() => checkRangeLimits(at(1), { min: 10, max: 5 })).toThrow(/limits\.max: not_below_min/);
    expect(() => checkRangeLimits([...at(1, 2)].reverse(), { max: 5 })).toThrow(/samples\[1\]\.ts: strictly_increasing/);
  });
});
