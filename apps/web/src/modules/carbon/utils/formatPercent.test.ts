import { describe, expect, it } from 'vitest';
import { formatPercent } from './formatPercent.ts';

describe('formatPercent (shares to 0.1 %)', () => {
  it('shows a measured share to one decimal, with a no-break space before %', () => {
    // carbon.db.test.ts: measured 159.18 × 140 000 / 300 000 = 74.284 of 807.8366427 tCO2 = 9.195… %
    expect(formatPercent((159.18 * 140_000) / 300_000 / 807.8366427)).toBe('9.2\u00a0%');
    expect(formatPercent(1)).toBe('100.0\u00a0%');
    expect(formatPercent(0)).toBe('0.0\u00a0%');
  });
  it('rounds half-up and takes other precisions (uRel to 0.01 %)', () => {
    expect(formatPercent(0.00125, 1)).toBe('0.1\u00a0%'); // 0.125 % → 0.1 %
    expect(formatPercent(0.0025, 2)).toBe('0.25\u00a0%');
    expect(formatPercent(0.05, 2)).toBe('5.00\u00a0%');
    expect(formatPercent(0.5625, 1)).toBe('56.3\u00a0%'); // 56.25 % exact in binary → half-up
  });
  it('shows a dash when there is no share (no positive emissions)', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
  });
});
