import { describe, expect, it } from 'vitest';
import { formatTco2 } from './formatTco2.ts';

describe('formatTco2 (rounded only for display, ARCHITECTURE rule 8)', () => {
  it('shows two decimals with thousands separators', () => {
    // the worked quarter of carbon.db.test.ts: 159.18 + 648.6566427 = 807.8366427 tCO2
    expect(formatTco2(807.8366427)).toBe('807.84');
    expect(formatTco2(1_234_567.891)).toBe('1,234,567.89');
    expect(formatTco2(0)).toBe('0.00');
  });
  it('rounds half-up: an exact binary half goes away from zero', () => {
    // 0.125 and 2.375 are exact in binary, so the half is real, not a representation artefact
    expect(formatTco2(1_000.125)).toBe('1,000.13');
    expect(formatTco2(2.375)).toBe('2.38');
    expect(formatTco2(-2.375)).toBe('-2.38');
  });
  it('signs a change, and shows a dash for a missing value', () => {
    expect(formatTco2(1.8, { signed: true })).toBe('+1.80');
    expect(formatTco2(-0.5, { signed: true })).toBe('-0.50');
    expect(formatTco2(0, { signed: true })).toBe('0.00');
    expect(formatTco2(null)).toBe('—');
    expect(formatTco2(undefined)).toBe('—');
    expect(formatTco2(Number.NaN)).toBe('—');
  });
});
