import { describe, expect, it } from 'vitest';
import { getDueStatus } from './getDueStatus.ts';

describe('getDueStatus (reminders: overdue, due within 30 days)', () => {
  it('is overdue from the day after the due date', () => {
    expect(getDueStatus('2026-11-30', '2026-12-01')).toEqual({ kind: 'overdue', days: -1 });
    expect(getDueStatus('2026-11-30', '2026-11-30')).toEqual({ kind: 'due_soon', days: 0 });
  });

  it('is due soon within 30 days and later after that', () => {
    // 30 days ahead: an annual report due 30 November (CM-19 / BM-20) is due soon from 31 October.
    expect(getDueStatus('2026-11-30', '2026-10-31')?.kind).toBe('due_soon');
    expect(getDueStatus('2026-11-30', '2026-10-30')?.kind).toBe('later');
  });

  it('has nothing to say without a date', () => {
    expect(getDueStatus(null, '2026-11-30')).toBeUndefined();
    expect(getDueStatus('not a date', '2026-11-30')).toBeUndefined();
  });
});
