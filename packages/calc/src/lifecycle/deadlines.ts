import type { InstitutionType } from '@jiliang/shared';
import { getArticle } from './articles.ts';
import {
  addDays,
  addMonths,
  addYears,
  createCalendarDate,
  getDateParts,
  getLaterDate,
  isDateAfter,
  isDateBefore,
  isDateOnOrBefore,
  toShanghaiDate,
  type CalendarDate,
} from './calendar.ts';
import { createViolation, RULE_OK, type RuleCheck } from './rule-check.ts';

/**
 * The deadlines of the Measures, all on Shanghai calendar days (calendar.ts: month-end rule).
 *
 * Boundary rule (docs/DECISIONS.md): a due date is the last day of its period and counts in full,
 * until 24:00 Shanghai time (Civil Code art. 203). An act on the due date is in time; the next day is
 * late; "overdue" starts at 00:00 the day after.
 */

/** CM-11 / BM-12: preparation is normally completed within 3 years of approval. */
export const PREPARATION_YEARS = 3;
/** CM-13 / BM-14: acceptance and extension are requested no later than 3 months before the deadline. */
export const REQUEST_LEAD_MONTHS = 3;
/** CM-13 / BM-14: extension at most 1 year in total. */
export const MAX_EXTENSION_YEARS = 1;
/** CM-16 / BM-17: 80 points or more pass; the full score is 100. */
export const PASS_SCORE = 80;
export const FULL_SCORE = 100;
/** CM-16 / BM-17: below 80, rectify within 3 months. */
export const RECTIFICATION_MONTHS = 3;
/** CM-17 / BM-18: a rectification notice allows at most one year. */
export const MAX_RECTIFICATION_NOTICE_YEARS = 1;
/** CM-24 / BM-24: a re-review every five years. */
export const RE_REVIEW_YEARS = 5;
/** CM-19 / BM-20: the annual report is sent in November. */
export const ANNUAL_REPORT_MONTH = 11;

/** An instant is past a due date once the Shanghai day after it has begun. */
export const isPastDue = (dueOn: CalendarDate, now: Date): boolean => isDateAfter(toShanghaiDate(now), dueOn);

/** CM-11 / BM-12: approval + 3 years (29 Feb 2024 → 28 Feb 2027). */
export const getPreparationDeadline = (approvedOn: CalendarDate): CalendarDate => addYears(approvedOn, PREPARATION_YEARS);

/**
 * The last day on which at least `months` months remain before `deadline`: the latest `x` with
 * `addMonths(x, months) ≤ deadline`. An act on that day is in time (decided: "no later than 3 months
 * before" includes the day exactly 3 months before). Counting forward from the act, as Civil Code
 * art. 201–202 count every period, means one month-end rule serves both directions: for a deadline of
 * 28 Feb 2027 the last day is 30 Nov 2026 (30 Nov + 3 months = 28 Feb), not 28 Nov.
 */
export const getLastDayWithLeadTime = (deadline: CalendarDate, months: number): CalendarDate => {
  let latest = addMonths(deadline, -months);
  // Backward subtraction may land up to 3 days early at a month end; step forward while still in time.
  while (isDateOnOrBefore(addMonths(addDays(latest, 1), months), deadline)) latest = addDays(latest, 1);
  return latest;
};

/** CM-13 / BM-14: the acceptance application is filed no later than 3 months before the (effective) deadline. */
export const getLatestAcceptanceApplicationDate = (deadline: CalendarDate): CalendarDate =>
  getLastDayWithLeadTime(deadline, REQUEST_LEAD_MONTHS);

/** CM-13 / BM-14: an extension is requested no later than 3 months before the (effective) deadline. */
export const getLatestExtensionRequestDate = (deadline: CalendarDate): CalendarDate =>
  getLastDayWithLeadTime(deadline, REQUEST_LEAD_MONTHS);

/** CM-13 / BM-14: in time when the deadline is at least 3 months after the filing day. */
export const isAcceptanceApplicationInTime = (filedOn: CalendarDate, deadline: CalendarDate): boolean =>
  isDateOnOrBefore(filedOn, getLatestAcceptanceApplicationDate(deadline));

/** A granted extension moves the deadline to `extendedTo` (the proposed assessment date, CM-13 / BM-14). */
export type GrantedExtension = { extendedTo: CalendarDate };

/** CM-13 / BM-14: extensions at most 1 year in total, counted from the original deadline. */
export const getLatestExtendedDeadline = (originalDeadline: CalendarDate): CalendarDate => addYears(originalDeadline, MAX_EXTENSION_YEARS);

/** CM-13 / BM-14: the deadline in force — the original one or the latest granted extension. */
export const getEffectiveDeadline = (originalDeadline: CalendarDate, extensions: readonly GrantedExtension[]): CalendarDate =>
  extensions.reduce((deadline, e) => getLaterDate(deadline, e.extendedTo), originalDeadline);

/**
 * CM-13 / BM-14: an extension request is filed no later than 3 months before the deadline in force,
 * moves it later, and keeps the total extension within 1 year of the original deadline. A second
 * request is allowed on the same terms.
 */
export const checkExtensionRequest = (
  type: InstitutionType,
  request: { originalDeadline: CalendarDate; extensions: readonly GrantedExtension[]; requestedOn: CalendarDate; extendedTo: CalendarDate },
): RuleCheck => {
  const article = getArticle(type, 'acceptanceDeadline');
  const deadline = getEffectiveDeadline(request.originalDeadline, request.extensions);
  const latestRequest = getLatestExtensionRequestDate(deadline);
  if (isDateAfter(request.requestedOn, latestRequest)) {
    return createViolation(
      'extension_request_late',
      article,
      `延期验收申请应在筹建期限（${deadline}）届满3个月前提出，最迟${latestRequest}，已逾期`,
      `an extension must be requested no later than 3 months before the preparation deadline ${deadline}, i.e. by ${latestRequest}; this request is late`,
    );
  }
  return checkExtendedDeadline(
    type,
    { originalDeadline: request.originalDeadline, currentDeadline: deadline, extendedTo: request.extendedTo },
    article,
  );
};

/** CM-13 / BM-14: the granted date is later than the deadline in force and within 1 year of the original one. */
export const checkExtendedDeadline = (
  type: InstitutionType,
  extension: { originalDeadline: CalendarDate; currentDeadline: CalendarDate; extendedTo: CalendarDate },
  article = getArticle(type, 'acceptanceDeadline'),
): RuleCheck => {
  const latest = getLatestExtendedDeadline(extension.originalDeadline);
  if (!isDateAfter(extension.extendedTo, extension.currentDeadline)) {
    return createViolation(
      'extension_not_later',
      article,
      `延期后的验收考核时间（${extension.extendedTo}）应晚于现行筹建期限${extension.currentDeadline}`,
      `the extended date ${extension.extendedTo} must be later than the deadline in force, ${extension.currentDeadline}`,
    );
  }
  if (isDateAfter(extension.extendedTo, latest)) {
    return createViolation(
      'extension_beyond_one_year',
      article,
      `延长时限不超过1年：最迟可延至${latest}，申请延至${extension.extendedTo}`,
      `extensions total at most 1 year: the latest date is ${latest}, requested ${extension.extendedTo}`,
    );
  }
  return RULE_OK;
};

/** CM-16 / BM-17: a score below 80 is rectified within 3 months of the scoring (closing meeting) day. */
export const getRectificationDueDate = (scoredOn: CalendarDate): CalendarDate => addMonths(scoredOn, RECTIFICATION_MONTHS);

/** CM-17 / BM-18: the latest due date a rectification notice may set (issue day + 1 year). */
export const getLatestRectificationNoticeDueDate = (issuedOn: CalendarDate): CalendarDate =>
  addYears(issuedOn, MAX_RECTIFICATION_NOTICE_YEARS);

/** CM-17 / BM-18: the notice's due date is after the issue day and at most 1 year later. */
export const checkRectificationNoticeDueDate = (type: InstitutionType, issuedOn: CalendarDate, dueOn: CalendarDate): RuleCheck => {
  const article = getArticle(type, 'rectificationNotice');
  const latest = getLatestRectificationNoticeDueDate(issuedOn);
  if (!isDateAfter(dueOn, issuedOn)) {
    return createViolation(
      'rectification_notice_due_not_after_issue',
      article,
      `整改期限（${dueOn}）应晚于整改通知书下达日${issuedOn}`,
      `the rectification due date ${dueOn} must be after the notice's issue date ${issuedOn}`,
    );
  }
  if (isDateAfter(dueOn, latest)) {
    return createViolation(
      'rectification_notice_beyond_one_year',
      article,
      `整改通知书规定的整改时间不超过一年：最迟${latest}，拟定${dueOn}`,
      `a rectification notice allows at most 1 year: by ${latest} at the latest, proposed ${dueOn}`,
    );
  }
  return RULE_OK;
};

export type AnnualReportStatus = 'not_due' | 'due_soon' | 'submitted' | 'overdue';
export type AnnualReport = { year: number; submittedOn: CalendarDate };

/**
 * CM-19 / BM-20: the report for year Y is sent in November of Y. Due soon from 1 November, overdue
 * from 1 December (Shanghai). A report filed at any time for that year counts as submitted; whether
 * it was late is `isAnnualReportLate`.
 */
export const getAnnualReportStatus = (year: number, reports: readonly AnnualReport[], now: Date): AnnualReportStatus => {
  if (reports.some((r) => r.year === year)) return 'submitted';
  const today = toShanghaiDate(now);
  if (isDateBefore(today, createCalendarDate(year, ANNUAL_REPORT_MONTH, 1))) return 'not_due';
  if (isDateBefore(today, createCalendarDate(year, ANNUAL_REPORT_MONTH + 1, 1))) return 'due_soon';
  return 'overdue';
};

/** CM-19 / BM-20: sent after 30 November of its year. */
export const isAnnualReportLate = (report: AnnualReport): boolean =>
  isDateAfter(report.submittedOn, createCalendarDate(report.year, ANNUAL_REPORT_MONTH, 30));

/**
 * CM-19 / BM-20: the first report is for the year of establishment when the institution was established
 * before 1 November, otherwise for the next year (decided: no report weeks after establishment).
 */
export const getFirstAnnualReportYear = (establishedOn: CalendarDate): number => {
  const { year } = getDateParts(establishedOn);
  return isDateBefore(establishedOn, createCalendarDate(year, ANNUAL_REPORT_MONTH, 1)) ? year : year + 1;
};

/** CM-19 / BM-20: the years whose November has begun by `now`, from the first report year on. */
export const listAnnualReportYears = (establishedOn: CalendarDate, now: Date): readonly number[] => {
  const today = toShanghaiDate(now);
  const { year: thisYear } = getDateParts(today);
  const lastYear = isDateBefore(today, createCalendarDate(thisYear, ANNUAL_REPORT_MONTH, 1)) ? thisYear - 1 : thisYear;
  const years: number[] = [];
  for (let y = getFirstAnnualReportYear(establishedOn); y <= lastYear; y++) years.push(y);
  return years;
};

/**
 * CM-24 / BM-24: the n-th re-review falls 5·n years after establishment, counted from the
 * establishment day each time so that 29 February does not drift (2024-02-29 → 2029-02-28 → 2034-02-28
 * → … → 2044-02-29).
 */
export const getReReviewDueDate = (establishedOn: CalendarDate, cycle: number): CalendarDate => {
  if (!Number.isInteger(cycle) || cycle < 1) throw new RangeError(`re-review cycle must be a positive integer: ${cycle}`);
  return addYears(establishedOn, RE_REVIEW_YEARS * cycle);
};

/** CM-24 / BM-24: the first five-yearly date on or after today (Shanghai). */
export const getNextReReviewDate = (establishedOn: CalendarDate, now: Date): CalendarDate => {
  const today = toShanghaiDate(now);
  const elapsedYears = getDateParts(today).year - getDateParts(establishedOn).year;
  let cycle = Math.max(1, Math.floor(elapsedYears / RE_REVIEW_YEARS));
  while (isDateBefore(getReReviewDueDate(establishedOn, cycle), today)) cycle++;
  return getReReviewDueDate(establishedOn, cycle);
};
