import type { Dayjs } from 'dayjs';

/** Every field any step form may hold; each form shows the few its step needs (findStepFormKind). */
export type StepFormValues = {
  note?: string;
  evidence?: Record<string, string>;
  hasConsultationRecord?: boolean;
  hasTruthfulnessDeclaration?: boolean;
  materialReviewPassed?: boolean;
  onSiteCheckPassed?: boolean;
  extendedTo?: Dayjs;
  hasCompetentDepartmentConsent?: boolean;
  hasSummaryReport?: boolean;
  hasFollowUpPlan?: boolean;
  rectificationNoticeDueOn?: Dayjs;
  supervisionPassed?: boolean;
  supervisionDueOn?: Dayjs;
  reportYear?: number;
  reportSummary?: string;
};
