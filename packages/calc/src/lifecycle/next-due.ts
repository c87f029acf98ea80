import { createCalendarDate, getDateParts, isDateBefore, toShanghaiDate, type CalendarDate } from './calendar.ts';
import type { LifecycleContext } from './context.ts';
import {
  ANNUAL_REPORT_MONTH,
  getAnnualReportStatus,
  getEffectiveDeadline,
  getFirstAnnualReportYear,
  getLatestAcceptanceApplicationDate,
  getNextReReviewDate,
  getPreparationDeadline,
  type AnnualReport,
} from './deadlines.ts';
import type { LifecycleState } from './lifecycle-states.ts';

/**
 * The next date that matters for an institution, for the calendar, the pipeline board ("overdue
 * first") and the reminders. One per state; in supervision the earliest of the annual report
 * (CM-19 / BM-20) and the re-review (CM-24 / BM-24).
 */
export type NextDueKind =
  | 'acceptance_application'
  | 'preparation_deadline'
  | 'rectification'
  | 'rectification_notice'
  | 'supervision_rectification'
  | 'annual_report'
  | 're_review';

export type NextDue = { kind: NextDueKind; dueOn: CalendarDate; article: string };

export const getCurrentPreparationDeadline = (context: LifecycleContext): CalendarDate | undefined =>
  context.preparationApprovedOn
    ? getEffectiveDeadline(getPreparationDeadline(context.preparationApprovedOn), context.grantedExtensions ?? [])
    : undefined;

export const findNextDue = (
  state: LifecycleState,
  context: LifecycleContext & { establishedOn?: CalendarDate; annualReports?: readonly AnnualReport[] },
  now: Date,
): NextDue | undefined => {
  const isCentre = context.institutionType === 'carbon_metrology_centre';
  const cite = (cm: string, bm: string) => (isCentre ? cm : bm);
  switch (state) {
    case 'preparation':
    case 'extension_requested': {
      const deadline = getCurrentPreparationDeadline(context);
      if (!deadline) return undefined;
      // CM-13 / BM-14: the acceptance application is due 3 months before the deadline; after that, the deadline itself.
      const latestApplication = getLatestAcceptanceApplicationDate(deadline);
      return isDateBefore(toShanghaiDate(now), latestApplication) || toShanghaiDate(now) === latestApplication
        ? { kind: 'acceptance_application', dueOn: latestApplication, article: cite('CM-13', 'BM-14') }
        : { kind: 'preparation_deadline', dueOn: deadline, article: cite('CM-13', 'BM-14') };
    }
    case 'preparation_revocation_proposed': {
      const deadline = getCurrentPreparationDeadline(context);
      return deadline ? { kind: 'preparation_deadline', dueOn: deadline, article: cite('CM-13', 'BM-14') } : undefined;
    }
    case 'rectification':
      return context.rectificationDueOn
        ? { kind: 'rectification', dueOn: context.rectificationDueOn, article: cite('CM-16', 'BM-17') }
        : undefined;
    case 'rectification_notice':
      return context.rectificationNoticeDueOn
        ? { kind: 'rectification_notice', dueOn: context.rectificationNoticeDueOn, article: cite('CM-17', 'BM-18') }
        : undefined;
    case 'inspection_rectification':
    case 're_review_rectification':
      return context.supervisionDueOn
        ? { kind: 'supervision_rectification', dueOn: context.supervisionDueOn, article: cite('CM-23', 'BM-23') }
        : undefined;
    case 'established': {
      if (!context.establishedOn) return undefined;
      const reports = context.annualReports ?? [];
      const thisYear = getDateParts(toShanghaiDate(now)).year;
      // CM-19 / BM-20: the first report year not yet submitted, from the first year owed; or next year's.
      let year = getFirstAnnualReportYear(context.establishedOn);
      while (year <= thisYear && getAnnualReportStatus(year, reports, now) === 'submitted') year++;
      const reportDue: NextDue = {
        kind: 'annual_report',
        dueOn: createCalendarDate(year, ANNUAL_REPORT_MONTH, 30),
        article: cite('CM-19', 'BM-20'),
      };
      const reReview: NextDue = {
        kind: 're_review',
        dueOn: getNextReReviewDate(context.establishedOn, now),
        article: cite('CM-24', 'BM-24'),
      };
      return isDateBefore(reReview.dueOn, reportDue.dueOn) ? reReview : reportDue;
    }
    default:
      return undefined;
  }
};
