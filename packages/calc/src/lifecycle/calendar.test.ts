import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  countDaysBetween,
  createCalendarDate,
  getDateParts,
  getDaysInMonth,
  isCalendarDate,
  isDateOnOrBefore,
  isLastDayOfMonth,
  startOfShanghaiDay,
  toShanghaiDate,
} from './calendar.ts';

const arbitraryDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => createCalendarDate(year, month, Math.min(day, getDaysInMonth(year, month))));

describe('Asia/Shanghai calendar days (CM-13, CM-16, CM-19 deadlines fall on Shanghai days)', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('CM-13: 2026-05-31T16:30:00Z is already 1 June in Shanghai', () => {
    expect(toShanghaiDate(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06-01');
  });

  it('CM-13: 15:59:59.999Z is still the same Shanghai day, 16:00:00Z is the next', () => {
    expect(toShanghaiDate(new Date('2026-05-31T15:59:59.999Z'))).toBe('2026-05-31');
    expect(toShanghaiDate(new Date('2026-05-31T16:00:00.000Z'))).toBe('2026-06-01');
  });

  it('CM-19: New Year in Shanghai begins at 16:00Z on 31 December', () => {
    expect(toShanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(toShanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('CM-13: startOfShanghaiDay is 16:00Z the day before', () => {
    expect(startOfShanghaiDay('2026-06-01').toISOString()).toBe('2026-05-31T16:00:00.000Z');
    expect(startOfShanghaiDay('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('CM-13: the result does not depend on the process time zone (fixed +08:00, no DST since 1991)', () => {
    process.env.TZ = 'America/New_York';
    // The switch took effect: local getters now see 31 May.
    expect(new Date('2026-05-31T16:30:00Z').getDate()).toBe(31);
    expect(toShanghaiDate(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06-01');
    expect(startOfShanghaiDay('2026-03-08').toISOString()).toBe('2026-03-07T16:00:00.000Z');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(toShanghaiDate(new Date('2026-05-31T15:30:00Z'))).toBe('2026-05-31');
  });

  it('CM-13: every Shanghai day runs from its start for exactly 24 hours (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 0, max: 24 * 60 * 60 * 1000 - 1 }), (date, offsetMs) => {
        const start = startOfShanghaiDay(date);
        expect(toShanghaiDate(new Date(start.getTime() + offsetMs))).toBe(date);
        expect(toShanghaiDate(new Date(start.getTime() - 1))).toBe(addDays(date, -1));
      }),
    );
  });
});

describe('month-end rule: Civil Code art. 202, used by every period of the Measures', () => {
  it('CM-13: 31 May + 3 months = 31 August (the day exists)', () => {
    expect(addMonths('2026-05-31', 3)).toBe('2026-08-31');
  });

  it('CM-16: 30 November + 3 months = 28 February, or 29 February in a leap year', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('CM-11: 29 February 2024 + 3 years = 28 February 2027', () => {
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('CM-16: 31 May + 1 month = 30 June; 31 January + 1 month = 28 February', () => {
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('CM-16: sums are taken in one step, not chained: 31 Jan + 2 months = 31 Mar', () => {
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths(addMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
  });

  it('CM-13: subtracting months clamps the same way: 31 May − 3 months = 28 February', () => {
    expect(addMonths('2027-05-31', -3)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -15)).toBe('2024-12-15');
  });

  it('CM-13: year boundaries: 15 November + 3 months = 15 February next year', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-12-31', 12)).toBe('2027-12-31');
  });

  it('CM-11: addMonths(d, n) is never later than the last day of the target month and keeps the day when it exists (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -120, max: 120 }), (date, n) => {
        const { year, month, day } = getDateParts(date);
        const index = year * 12 + month - 1 + n;
        const targetYear = Math.floor(index / 12);
        const targetMonth = index - targetYear * 12 + 1;
        const result = getDateParts(addMonths(date, n));
        expect([result.year, result.month]).toEqual([targetYear, targetMonth]);
        expect(result.day).toBeLessThanOrEqual(getDaysInMonth(targetYear, targetMonth));
        expect(result.day).toBe(Math.min(day, getDaysInMonth(targetYear, targetMonth)));
      }),
    );
  });

  it('CM-13: addMonths is monotonic, and addYears(d, n) = addMonths(d, 12n) (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, arbitraryDate, fc.integer({ min: -60, max: 60 }), (a, b, n) => {
        const [early, late] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        expect(isDateOnOrBefore(addMonths(early, n), addMonths(late, n))).toBe(true);
        expect(addYears(a, Math.trunc(n / 12))).toBe(addMonths(a, 12 * Math.trunc(n / 12)));
      }),
    );
  });

  it('CM-24: addDays and countDaysBetween agree across leap days (property)', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(countDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: -4000, max: 4000 }), (date, n) => {
        expect(countDaysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});

describe('calendar date values (CM-11: dates as the store keeps them)', () => {
  it('CM-11: accepts real ISO dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-6-1')).toBe(false);
    expect(isCalendarDate(20260601)).toBe(false);
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-02-01', 1.5)).toThrow(RangeError);
  });

  it('CM-11: knows month ends, including century leap years', () => {
    expect(isLastDayOfMonth('2100-02-28')).toBe(true);
    expect(isLastDayOfMonth('2000-02-28')).toBe(false);
    expect(getDaysInMonth(2000, 2)).toBe(29);
  });
});
