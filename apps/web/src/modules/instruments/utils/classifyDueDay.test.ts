import { describe, expect, it } from 'vitest';
import { classifyDueDay } from './classifyDueDay.ts';

describe('classifyDueDay (issue 4 §7: overdue, due within 30 days, later)', () => {
  // Today 2026-11-28; the window ends 30 days on: 2026-11-28 + 30 = 2026-12-28.
  const today = '2026-11-28';
  const windowEnd = '2026-12-28';
  it('is overdue the day after the last valid day, due soon on it', () => {
    expect(classifyDueDay('2026-11-27', today, windowEnd)).toBe('overdue');
    expect(classifyDueDay('2026-11-28', today, windowEnd)).toBe('due_soon');
  });
  it('is due soon through the window end and later after it', () => {
    expect(classifyDueDay('2026-12-28', today, windowEnd)).toBe('due_soon');
    expect(classifyDueDay('2026-12-29', today, windowEnd)).toBe('later');
  });
});
