import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDailyMonthlyConsistency } from './daily-monthly-consistency.ts';

const period = { from: Date.parse('2025-03-01T00:00:00+08:00'), to: Date.parse('2025-04-01T00:00:00+08:00') };
const check = (dailyTotals: number[], monthlyTotal: number, tolerance?: number) =>
  checkDailyMonthlyConsistency({ dailyTotals, monthlyTotal, period, ...(tolerance === undefined ? {} : { tolerance }) });

describe('checkDailyMonthlyConsistency (STANDARDS §3: |Σ days − month| / month ≤ 5 %)', () => {
  it('month 1000: days summing to 1050 (5 %) pass, 1050.01 fails; 950 passes, 949.99 fails', () => {
    expect(check([500, 550], 1000)).toMatchObject({ dailySum: 1050, deviation: 0.05, passes: true });
    expect(check([500, 550.01], 1000).passes).toBe(false);
    expect(check([450, 500], 1000).passes).toBe(true);
    const below = check([449.99, 500], 1000);
    expect(below.passes).toBe(false);
    expect(below.findings[0]).toMatchObject({ rule: 'consistency', ts: null, limit: 0.05, period });
    expect(below.findings[0]?.measured).toBeCloseTo(0.05001, 12);
  });

  it('31 days of 33.870967… summed in binary still match a month of 1050 against 1000', () => {
    expect(
      check(
        Array.from({ length: 31 }, () => 1050 / 31),
        1000,
      ).passes,
    ).toBe(true);
  });

  it('names the sums without float noise: 0.1 + 0.2 shows as 0.3', () => {
    const result = checkDailyMonthlyConsistency({ dailyTotals: [0.1, 0.2], monthlyTotal: 1, period });
    expect(result.dailySum).toBe(0.30000000000000004);
    expect(result.findings[0]!.message).toContain('日数据合计 0.3 与月数据 1 ');
  });

  it('a zero month passes only with zero days (deviation undefined)', () => {
    expect(check([0, 0], 0)).toMatchObject({ deviation: null, passes: true });
    expect(check([0, 1], 0)).toMatchObject({ deviation: null, passes: false });
  });

  it('refuses negative figures and a tolerance outside (0, 1]', () => {
    expect(() => check([5, -1], 10)).toThrow(/dailyTotals\[1\]: non_negative/);
    expect(() => check([5], -10)).toThrow(/monthlyTotal: non_negative/);
    expect(() => check([5], 10, 5)).toThrow(/tolerance: fraction/);
  });

  it('property: the verdict is deviation ≤ 5 %, symmetric above and below the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 1000 }), (month, permille) => {
        const offset = (month * permille) / 10_000; // 0 … 10 % of the month
        const above = check([month + offset], month);
        const below = check([month - offset], month);
        expect(above.passes).toBe(permille <= 500);
        expect(below.passes).toBe(above.passes);
      }),
    );
  });
});
