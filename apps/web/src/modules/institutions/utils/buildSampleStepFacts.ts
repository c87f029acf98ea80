import {
  addMonths,
  ELIGIBILITY_CONDITIONS,
  getLatestExtendedDeadline,
  getPreparationDeadline,
  type CalendarDate,
  type LifecycleContext,
} from '@jiliang/calc';
import { findStepFormKind } from './findStepFormKind.ts';

/**
 * Facts that a step's form can supply, filled in as a careful person would (every condition evidenced,
 * every box ticked, a valid date). The server lists a step as refused when its facts are still missing
 * — submit_application before any evidence — so the web tries the rules with these to tell "the form
 * will fix it" from "not possible now" (too late, wrong stage). Undefined for steps without a form.
 */
export const buildSampleStepFacts = (
  event: string,
  context: LifecycleContext,
  today: CalendarDate,
): Partial<LifecycleContext> | undefined => {
  switch (findStepFormKind(event)) {
    case 'application':
      return {
        eligibilityEvidence: Object.fromEntries(ELIGIBILITY_CONDITIONS[context.institutionType].map((c) => [c.condition, ['evidence']])),
        hasConsultationRecord: true,
        hasTruthfulnessDeclaration: true,
      };
    case 'expert_opinion':
      return { expertOpinion: { materialReviewPassed: true, onSiteCheckPassed: true } };
    case 'extension':
      return context.preparationApprovedOn
        ? { extendedTo: getLatestExtendedDeadline(getPreparationDeadline(context.preparationApprovedOn)) }
        : undefined;
    case 'acceptance_application':
      return { acceptanceApplication: { hasCompetentDepartmentConsent: true, hasSummaryReport: true, hasFollowUpPlan: true } };
    case 'score':
      return { score: 100, onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: true } };
    case 'rectification_notice':
      return { rectificationNoticeDueOn: addMonths(today, 6) };
    case 'supervision_result':
    case 'local_finding':
      return { supervisionPassed: true, supervisionDueOn: addMonths(today, 1) };
    case 'annual_report':
    case 'note':
      return undefined;
  }
};
