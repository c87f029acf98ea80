import type { InstitutionType } from '@jiliang/shared';
import type { CalendarDate } from './calendar.ts';
import type { GrantedExtension } from './deadlines.ts';
import type { EligibilityEvidence } from './eligibility.ts';

/**
 * What the service knows about an institution when an event is applied, including the event's own
 * data (a score, a requested date). The day of the event is never here: it is `now`, in Shanghai.
 * Fields are optional because each guard needs only a few; a guard refuses when its fact is missing.
 */
export type LifecycleContext = {
  institutionType: InstitutionType;
  /** CM-8, CM-12 / BM-9, BM-13: central units in Hubei (中央驻鄂单位) and provincial units (省属企事业单位). */
  isDirectApplicant: boolean;
  /** CM-7 / BM-8: evidence attached to each eligibility condition. */
  eligibilityEvidence?: EligibilityEvidence;
  /** CM-9 / BM-10: the record of consulting the region's enterprises and institutions. */
  hasConsultationRecord?: boolean;
  /** CM-8 / BM-9: the declaration that the materials are legal and true. */
  hasTruthfulnessDeclaration?: boolean;
  /** CM-10 / BM-11: the experts' written opinion on the material review and the on-site check. */
  expertOpinion?: { materialReviewPassed: boolean; onSiteCheckPassed: boolean };
  /** CM-10 / BM-11: the day preparation was approved; the deadline is 3 years later (CM-11 / BM-12). */
  preparationApprovedOn?: CalendarDate;
  /** CM-13 / BM-14: extensions granted so far. */
  grantedExtensions?: readonly GrantedExtension[];
  /** CM-13 / BM-14: the date an extension request asks for, or the Province grants. */
  extendedTo?: CalendarDate;
  /** CM-12 / BM-13: what the acceptance application carries. */
  acceptanceApplication?: { hasCompetentDepartmentConsent: boolean; hasSummaryReport: boolean; hasFollowUpPlan: boolean };
  /** CM-15 / BM-16: the on-site review as held; `samplingRecorded` (share and seed of the draw) binds centres only. */
  onSiteReview?: { openingMeetingHeld: boolean; closingMeetingHeld: boolean; samplingRecorded: boolean };
  /** CM-16 / BM-17: the team leader's final score, out of 100. */
  score?: number;
  /** CM-16 / BM-17: due date of the 3-month rectification after a score below 80. */
  rectificationDueOn?: CalendarDate;
  /** CM-17 / BM-18: due date the rectification notice sets (at most 1 year). */
  rectificationNoticeDueOn?: CalendarDate;
  /** CM-23, CM-24 / BM-23, BM-24: outcome of an inspection, re-review or recheck. */
  supervisionPassed?: boolean;
  /** CM-20, CM-23, CM-24 / BM-22, BM-23, BM-24: the rectification deadline the authority sets for problems found. */
  supervisionDueOn?: CalendarDate;
};
