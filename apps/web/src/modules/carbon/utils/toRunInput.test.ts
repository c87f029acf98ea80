import { describe, expect, it } from 'vitest';
import { toPeriodBounds } from './toPeriodBounds.ts';
import { toRunInput } from './toRunInput.ts';

describe('toPeriodBounds (whole calendar months)', () => {
  it('runs from the first day of the first month to the last day of the last', () => {
    expect(toPeriodBounds('2025-01', '2025-03')).toEqual({ periodStart: '2025-01-01', periodEnd: '2025-03-31' });
    expect(toPeriodBounds('2025-01', '2025-12')).toEqual({ periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    expect(toPeriodBounds('2025-04', '2025-04')).toEqual({ periodStart: '2025-04-01', periodEnd: '2025-04-30' });
  });
  it('ends February on the 29th in a leap year only', () => {
    expect(toPeriodBounds('2024-02', '2024-02').periodEnd).toBe('2024-02-29');
    expect(toPeriodBounds('2025-02', '2025-02').periodEnd).toBe('2025-02-28');
    expect(toPeriodBounds('2100-02', '2100-02').periodEnd).toBe('2100-02-28'); // not a leap year (Gregorian)
  });
});

describe('toRunInput (新建核算)', () => {
  it('sends only the period when nothing optional is filled', () => {
    expect(toRunInput({ months: ['2025-01', '2025-03'], iterations: null, product: '  ', note: '' })).toEqual({
      periodStart: '2025-01-01',
      periodEnd: '2025-03-31',
    });
  });
  it('sends the Monte Carlo with its seed, production, output value, GWP set and note', () => {
    expect(
      toRunInput({
        months: ['2025-01', '2025-12'],
        iterations: 10_000,
        seed: 42,
        product: ' 水泥熟料 ',
        productionValue: 1000,
        productionUnit: 't',
        outputValue10kYuan: 500,
        gwpSet: 'AR6',
        note: '年度核算',
      }),
    ).toEqual({
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      gwpSet: 'AR6',
      monteCarlo: { iterations: 10_000, seed: 42 },
      production: { product: '水泥熟料', value: 1000, unit: 't' },
      outputValue10kYuan: 500,
      note: '年度核算',
    });
  });
  it('leaves out a seed without iterations, and a production without its unit', () => {
    const input = toRunInput({ months: ['2025-01', '2025-01'], seed: 7, product: '钢', productionValue: 10 });
    expect(input).toEqual({ periodStart: '2025-01-01', periodEnd: '2025-01-31' });
    expect(toRunInput({ months: ['2025-01', '2025-01'], iterations: 2000 }).monteCarlo).toEqual({ iterations: 2000 });
  });
});
