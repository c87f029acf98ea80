import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, createCalendarDate, getDaysInMonth, isDateOnOrBefore, startOfShanghaiDay } from './calendar.ts';
import {
  checkExtensionRequest,
  checkRectificationNoticeDueDate,
  getAnnualReportStatus,
  getEffectiveDeadline,
  getFirstAnnualReportYear,
  getLastDayWithLeadTime,
  getLatestAcceptanceApplicationDate,
  getLatestExtendedDeadline,
  getLatestExtensionRequestDate,
  getLatestRectificationNoticeDueDate,
  getNextReReviewDate,
  getPreparationDeadline,
  getRectificationDueDate,
  getReReviewDueDate,
  isAcceptanceApplicationInTime,
  isAnnualReportLate,
  isPastDue,
  listAnnualReportYears,
} from './deadlines.ts';

/** An instant inside the given Shanghai day, `hhmm` local time. */
const at = (date: string, hhmm = '10:00'): Date => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(startOfShanghaiDay(date).getTime() + ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
};

const arbitraryDate = fc
  .record({ year: fc.integer({ min: 2023, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => createCalendarDate(year, month, Math.min(day, getDaysInMonth(year, month))));

describe('preparation deadline (CM-11 / BM-12)', () => {
  it('CM-11: approval + 3 years, the corresponding day', () => {
    expect(getPreparationDeadline('2023-06-15')).toBe('2026-06-15');
  });

  it('CM-11: approval on 29 February 2024 → deadline 28 February 2027', () => {
    expect(getPreparationDeadline('2024-02-29')).toBe('2027-02-28');
  });

  it('CM-11: an instant is past the deadline only from 00:00 Shanghai the next day', () => {
    expect(isPastDue('2026-06-15', new Date('2026-06-15T15:59:59.999Z'))).toBe(false);
    expect(isPastDue('2026-06-15', new Date('2026-06-15T16:00:00.000Z'))).toBe(true);
  });
});

describe('acceptance and extension requests no later than 3 months before the deadline (CM-13 / BM-14)', () => {
  it('CM-13: deadline 31 Aug → the last day is 31 May; 1 June is late', () => {
    expect(getLatestAcceptanceApplicationDate('2026-08-31')).toBe('2026-05-31');
    expect(isAcceptanceApplicationInTime('2026-05-31', '2026-08-31')).toBe(true);
    expect(isAcceptanceApplicationInTime('2026-06-01', '2026-08-31')).toBe(false);
  });

  it('CM-13: filing on the day exactly 3 months before the deadline is in time, the day after is late', () => {
    expect(getLatestAcceptanceApplicationDate('2026-06-15')).toBe('2026-03-15');
    expect(isAcceptanceApplicationInTime('2026-03-15', '2026-06-15')).toBe(true);
    expect(isAcceptanceApplicationInTime('2026-03-16', '2026-06-15')).toBe(false);
  });

  it('CM-13: deadline 28 Feb 2027 → last day 30 Nov 2026, since 30 Nov + 3 months = 28 Feb; 1 Dec is late', () => {
    expect(getLatestAcceptanceApplicationDate('2027-02-28')).toBe('2026-11-30');
    expect(isAcceptanceApplicationInTime('2026-11-30', '2027-02-28')).toBe(true);
    expect(isAcceptanceApplicationInTime('2026-12-01', '2027-02-28')).toBe(false);
  });

  it('CM-13: deadline 31 May → last day 28 Feb (or 29 Feb in a leap year); 1 March is late', () => {
    expect(getLatestAcceptanceApplicationDate('2027-05-31')).toBe('2027-02-28');
    expect(getLatestAcceptanceApplicationDate('2028-05-31')).toBe('2028-02-29');
    expect(isAcceptanceApplicationInTime('2027-03-01', '2027-05-31')).toBe(false);
  });

  it('CM-13: deadline 30 June → last day 31 March, since 31 Mar + 3 months = 30 June', () => {
    expect(getLatestAcceptanceApplicationDate('2027-06-30')).toBe('2027-03-31');
    expect(getLatestAcceptanceApplicationDate('2027-06-29')).toBe('2027-03-29');
  });

  it('BM-14: the extension request shares the acceptance application’s lead time', () => {
    expect(getLatestExtensionRequestDate('2026-08-31')).toBe(getLatestAcceptanceApplicationDate('2026-08-31'));
  });

  it('CM-13: in time exactly when addMonths(filedOn, 3) ≤ deadline (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, arbitraryDate, (filedOn, deadline) => {
        expect(isAcceptanceApplicationInTime(filedOn, deadline)).toBe(isDateOnOrBefore(addMonths(filedOn, 3), deadline));
        const latest = getLastDayWithLeadTime(deadline, 3);
        expect(isDateOnOrBefore(addMonths(latest, 3), deadline)).toBe(true);
        expect(isDateOnOrBefore(addMonths(addDays(latest, 1), 3), deadline)).toBe(false);
      }),
    );
  });
});

describe('extensions at most 1 year in total (CM-13 / BM-14)', () => {
  const original = '2026-06-15';

  it('CM-13: the effective deadline is the latest granted extension', () => {
    expect(getEffectiveDeadline(original, [])).toBe(original);
    expect(getEffectiveDeadline(original, [{ extendedTo: '2026-12-15' }, { extendedTo: '2027-03-01' }])).toBe('2027-03-01');
  });

  it('CM-13: the latest extended deadline is the original + 1 year (28 Feb for a 29 Feb original)', () => {
    expect(getLatestExtendedDeadline(original)).toBe('2027-06-15');
    expect(getLatestExtendedDeadline('2028-02-29')).toBe('2029-02-28');
  });

  it('CM-13: an extension to exactly original + 1 year is allowed; one day more is refused', () => {
    const request = { originalDeadline: original, extensions: [], requestedOn: '2026-03-01' };
    expect(checkExtensionRequest('carbon_metrology_centre', { ...request, extendedTo: '2027-06-15' })).toEqual({ ok: true });
    expect(checkExtensionRequest('carbon_metrology_centre', { ...request, extendedTo: '2027-06-16' })).toMatchObject({
      ok: false,
      rule: 'extension_beyond_one_year',
      article: 'CM-13',
    });
  });

  it('BM-14: a base is refused with its own article', () => {
    const refused = checkExtensionRequest('data_application_base', {
      originalDeadline: original,
      extensions: [],
      requestedOn: '2026-03-16',
      extendedTo: '2026-12-15',
    });
    expect(refused).toMatchObject({ ok: false, rule: 'extension_request_late', article: 'BM-14' });
    if (!refused.ok) expect(refused.message).toContain('（BM-14）');
  });

  it('CM-13: a request on deadline − 3 months is in time, the day after is late', () => {
    const request = { originalDeadline: original, extensions: [], extendedTo: '2026-12-15' };
    expect(checkExtensionRequest('carbon_metrology_centre', { ...request, requestedOn: '2026-03-15' })).toEqual({ ok: true });
    expect(checkExtensionRequest('carbon_metrology_centre', { ...request, requestedOn: '2026-03-16' })).toMatchObject({
      rule: 'extension_request_late',
    });
  });

  it('CM-13: a second extension counts from the deadline in force and stays within the year in total', () => {
    const extensions = [{ extendedTo: '2026-12-15' }];
    const request = { originalDeadline: original, extensions };
    expect(checkExtensionRequest('carbon_metrology_centre', { ...request, requestedOn: '2026-09-15', extendedTo: '2027-06-15' })).toEqual({
      ok: true,
    });
    expect(
      checkExtensionRequest('carbon_metrology_centre', { ...request, requestedOn: '2026-09-16', extendedTo: '2027-06-15' }),
    ).toMatchObject({
      rule: 'extension_request_late',
    });
    expect(
      checkExtensionRequest('carbon_metrology_centre', { ...request, requestedOn: '2026-09-15', extendedTo: '2027-06-16' }),
    ).toMatchObject({
      rule: 'extension_beyond_one_year',
    });
    expect(
      checkExtensionRequest('carbon_metrology_centre', { ...request, requestedOn: '2026-09-15', extendedTo: '2026-12-15' }),
    ).toMatchObject({
      rule: 'extension_not_later',
    });
  });
});

describe('rectification after a score below 80 (CM-16 / BM-17) and the rectification notice (CM-17 / BM-18)', () => {
  it('CM-16: 3 months from the scoring day, with the month-end rule', () => {
    expect(getRectificationDueDate('2026-05-31')).toBe('2026-08-31');
    expect(getRectificationDueDate('2026-11-30')).toBe('2027-02-28');
    expect(getRectificationDueDate('2026-04-10')).toBe('2026-07-10');
  });

  it('CM-17: a notice may allow up to issue day + 1 year, not a day more', () => {
    expect(getLatestRectificationNoticeDueDate('2026-07-01')).toBe('2027-07-01');
    expect(checkRectificationNoticeDueDate('carbon_metrology_centre', '2026-07-01', '2027-07-01')).toEqual({ ok: true });
    expect(checkRectificationNoticeDueDate('carbon_metrology_centre', '2026-07-01', '2027-07-02')).toMatchObject({
      rule: 'rectification_notice_beyond_one_year',
      article: 'CM-17',
    });
  });

  it('BM-18: a notice from 29 Feb 2028 allows until 28 Feb 2029; the due date must follow the issue day', () => {
    expect(checkRectificationNoticeDueDate('data_application_base', '2028-02-29', '2029-02-28')).toEqual({ ok: true });
    expect(checkRectificationNoticeDueDate('data_application_base', '2028-02-29', '2029-03-01')).toMatchObject({ article: 'BM-18' });
    expect(checkRectificationNoticeDueDate('data_application_base', '2028-02-29', '2028-02-29')).toMatchObject({
      rule: 'rectification_notice_due_not_after_issue',
    });
  });
});

describe('annual report every November (CM-19 / BM-20)', () => {
  it('CM-19: not due until 31 October 24:00 Shanghai, due soon from 1 November', () => {
    expect(getAnnualReportStatus(2026, [], new Date('2026-10-31T15:59:59Z'))).toBe('not_due');
    expect(getAnnualReportStatus(2026, [], new Date('2026-10-31T16:00:00Z'))).toBe('due_soon');
  });

  it('CM-19: due soon through 30 November, overdue from 1 December Shanghai', () => {
    expect(getAnnualReportStatus(2026, [], at('2026-11-30', '23:59'))).toBe('due_soon');
    expect(getAnnualReportStatus(2026, [], new Date('2026-11-30T16:00:00Z'))).toBe('overdue');
    expect(getAnnualReportStatus(2026, [], at('2027-03-01'))).toBe('overdue');
  });

  it('BM-20: a submitted report is submitted whenever it came; late when after 30 November', () => {
    const reports = [{ year: 2026, submittedOn: '2026-12-01' }];
    expect(getAnnualReportStatus(2026, reports, at('2026-12-05'))).toBe('submitted');
    expect(isAnnualReportLate({ year: 2026, submittedOn: '2026-11-30' })).toBe(false);
    expect(isAnnualReportLate({ year: 2026, submittedOn: '2026-12-01' })).toBe(true);
    expect(getAnnualReportStatus(2025, reports, at('2026-12-05'))).toBe('overdue');
  });

  it('CM-19: the first report is for the year of establishment if established before 1 November', () => {
    expect(getFirstAnnualReportYear('2026-10-31')).toBe(2026);
    expect(getFirstAnnualReportYear('2026-11-01')).toBe(2027);
  });

  it('CM-19: the report years run from the first one to the last November begun', () => {
    expect(listAnnualReportYears('2024-05-01', at('2026-10-31'))).toEqual([2024, 2025]);
    expect(listAnnualReportYears('2024-05-01', at('2026-11-01', '00:00'))).toEqual([2024, 2025, 2026]);
    expect(listAnnualReportYears('2026-11-15', at('2026-12-20'))).toEqual([]);
  });
});

describe('re-review every 5 years from establishment (CM-24 / BM-24)', () => {
  it('CM-24: the n-th re-review is establishment + 5n years, without drifting from 29 February', () => {
    expect(getReReviewDueDate('2024-02-29', 1)).toBe('2029-02-28');
    expect(getReReviewDueDate('2024-02-29', 2)).toBe('2034-02-28');
    expect(getReReviewDueDate('2024-02-29', 4)).toBe('2044-02-29');
    expect(() => getReReviewDueDate('2024-02-29', 0)).toThrow(RangeError);
  });

  it('CM-24: the next re-review is the anniversary itself on that day, the following one the day after', () => {
    expect(getNextReReviewDate('2026-06-01', at('2026-06-01'))).toBe('2031-06-01');
    expect(getNextReReviewDate('2026-06-01', at('2031-06-01'))).toBe('2031-06-01');
    expect(getNextReReviewDate('2026-06-01', new Date('2031-06-01T16:00:00Z'))).toBe('2036-06-01');
  });

  it('BM-24: far in the future the next date is still the first anniversary on or after today (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 0, max: 40 * 366 }), (establishedOn, days) => {
        const today = addDays(establishedOn, days);
        const next = getNextReReviewDate(establishedOn, at(today));
        expect(isDateOnOrBefore(today, next)).toBe(true);
        const cycles = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => getReReviewDueDate(establishedOn, n));
        expect(cycles).toContain(next);
        expect(cycles.filter((d) => isDateOnOrBefore(today, d))[0]).toBe(next);
      }),
    );
  });
});
