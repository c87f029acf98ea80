/**
 * Calendar dates in Asia/Shanghai, where every deadline of the Measures falls (ARCHITECTURE rule 7).
 *
 * Time zone: mainland China has used UTC+8 without daylight saving time since 1991 (DST last ran in
 * 1986–1991), and the Measures took effect on 2023-03-01, so a fixed +08:00 offset is exact for every
 * date this system handles. No time-zone database is needed, and the process's own TZ never matters:
 * only UTC getters are used below.
 *
 * A `CalendarDate` is an ISO 8601 calendar date, 'YYYY-MM-DD' (years 0001–9999). It is what the
 * store's `date` columns and the API carry, it sorts lexically, and it carries no time of day.
 *
 * Month-end rule (docs/DECISIONS.md): adding months or years keeps the day of the month when the
 * target month has it, and otherwise takes the last day of the target month:
 *   31 May + 3 months = 31 Aug; 30 Nov 2026 + 3 months = 28 Feb 2027; 29 Feb 2024 + 3 years = 28 Feb 2027.
 * This is the PRC Civil Code art. 202 (按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，
 * 月末日为期间的最后一日), read with art. 201 (the starting day is not counted): a period of N months
 * starting on day D ends on `addMonths(D, N)`, and that day counts in full until 24:00 (art. 203).
 * A sum is always taken from the original date in one step, never chained month by month, so
 * 31 Jan + 2 months is 31 Mar, not 28 Mar.
 */

/** 'YYYY-MM-DD', an Asia/Shanghai calendar day. */
export type CalendarDate = string;

type DateParts = { year: number; month: number; day: number };

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const getDaysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

const formatDate = ({ year, month, day }: DateParts): CalendarDate => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

const splitDate = (date: CalendarDate): DateParts => {
  const match = ISO_DATE.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || year < 1 || month < 1 || month > 12 || day < 1 || day > getDaysInMonth(year, month)) {
    throw new RangeError(`not a calendar date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  }
  return { year, month, day };
};

export const isCalendarDate = (value: unknown): value is CalendarDate => {
  if (typeof value !== 'string') return false;
  try {
    splitDate(value);
    return true;
  } catch {
    return false;
  }
};

export const getDateParts = (date: CalendarDate): Readonly<DateParts> => splitDate(date);

export const createCalendarDate = (year: number, month: number, day: number): CalendarDate => {
  const date = formatDate({ year, month, day });
  splitDate(date);
  return date;
};

/** The Shanghai calendar day an instant falls on: 2026-05-31T16:30:00Z is already 2026-06-01. */
export const toShanghaiDate = (instant: Date): CalendarDate => {
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  if (Number.isNaN(shifted.getTime())) throw new RangeError('invalid instant');
  return formatDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
};

const toUtcMidnight = ({ year, month, day }: DateParts): number => {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  return utc.getTime();
};

/** 00:00 in Shanghai of the given day, as a UTC instant (16:00Z the day before). */
export const startOfShanghaiDay = (date: CalendarDate): Date => new Date(toUtcMidnight(splitDate(date)) - SHANGHAI_OFFSET_MS);

/** Month-end rule above: the same day of the target month, or its last day when it has none. n may be negative. */
export const addMonths = (date: CalendarDate, n: number): CalendarDate => {
  if (!Number.isInteger(n)) throw new RangeError(`months must be an integer: ${n}`);
  const { year, month, day } = splitDate(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatDate({ year: targetYear, month: targetMonth, day: Math.min(day, getDaysInMonth(targetYear, targetMonth)) });
};

/** Same rule: 29 February + 1 year is 28 February. */
export const addYears = (date: CalendarDate, n: number): CalendarDate => addMonths(date, 12 * n);

export const addDays = (date: CalendarDate, n: number): CalendarDate => {
  if (!Number.isInteger(n)) throw new RangeError(`days must be an integer: ${n}`);
  const shifted = new Date(toUtcMidnight(splitDate(date)) + n * DAY_MS);
  return formatDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const countDaysBetween = (from: CalendarDate, to: CalendarDate): number =>
  Math.round((toUtcMidnight(splitDate(to)) - toUtcMidnight(splitDate(from))) / DAY_MS);

export const compareDates = (a: CalendarDate, b: CalendarDate): -1 | 0 | 1 => {
  splitDate(a);
  splitDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
};

export const isDateBefore = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) < 0;
export const isDateAfter = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) > 0;
export const isDateOnOrBefore = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) <= 0;
export const isDateOnOrAfter = (a: CalendarDate, b: CalendarDate): boolean => compareDates(a, b) >= 0;

export const getLaterDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (isDateAfter(b, a) ? b : a);

export const isLastDayOfMonth = (date: CalendarDate): boolean => {
  const { year, month, day } = splitDate(date);
  return day === getDaysInMonth(year, month);
};
