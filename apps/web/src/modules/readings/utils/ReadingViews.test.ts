import { describe, expect, it } from 'vitest';
import { formatRawRow } from './ReadingViews.ts';

describe('formatRawRow (a quarantined row as sent)', () => {
  it('joins point, ts and value, and marks a missing field with —', () => {
    expect(formatRawRow({ point: 'WA-IN', ts: '2026-11-27T08:15:00+08:00', value: 'abc' })).toBe('WA-IN · 2026-11-27T08:15:00+08:00 · abc');
    expect(formatRawRow({ point: 'WA-IN', value: 0 })).toBe('WA-IN · — · 0');
    expect(formatRawRow(null)).toBe('— · — · —');
  });
});
