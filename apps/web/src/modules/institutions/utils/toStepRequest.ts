import type { LifecycleFacts } from '@jiliang/shared';
import type { Dayjs } from 'dayjs';
import { toOptionalText } from '../../common/utils/toOptionalText.ts';
import type { ApplyStepInput } from './ApplyStepInput.ts';
import { findStepFormKind } from './findStepFormKind.ts';
import type { StepFormValues } from './StepFormValues.ts';

const toDate = (value: Dayjs | undefined): string | undefined => value?.format('YYYY-MM-DD');

const toFacts = (event: string, values: StepFormValues): LifecycleFacts => {
  switch (findStepFormKind(event)) {
    case 'application':
      return {
        eligibilityEvidence: Object.fromEntries(
          Object.entries(values.evidence ?? {}).flatMap(([condition, text]) => {
            const evidence = toOptionalText(text);
            return evidence ? [[condition, evidence]] : [];
          }),
        ),
        hasConsultationRecord: values.hasConsultationRecord === true,
        hasTruthfulnessDeclaration: values.hasTruthfulnessDeclaration === true,
      };
    case 'expert_opinion':
      return {
        expertOpinion: { materialReviewPassed: values.materialReviewPassed === true, onSiteCheckPassed: values.onSiteCheckPassed === true },
      };
    case 'extension':
      return { extendedTo: toDate(values.extendedTo) };
    case 'acceptance_application':
      return {
        acceptanceApplication: {
          hasCompetentDepartmentConsent: values.hasCompetentDepartmentConsent === true,
          hasSummaryReport: values.hasSummaryReport === true,
          hasFollowUpPlan: values.hasFollowUpPlan === true,
        },
      };
    case 'rectification_notice':
      return { rectificationNoticeDueOn: toDate(values.rectificationNoticeDueOn) };
    case 'supervision_result':
      return values.supervisionPassed
        ? { supervisionPassed: true }
        : { supervisionPassed: false, supervisionDueOn: toDate(values.supervisionDueOn) };
    case 'local_finding':
      return { supervisionDueOn: toDate(values.supervisionDueOn) };
    case 'score':
    case 'annual_report':
    case 'note':
      return {};
  }
};

/** A step form's values → the request body; `expectedVersion` guards against someone else's step in between. */
export const toStepRequest = (event: string, values: StepFormValues, expectedVersion: number): ApplyStepInput => ({
  event,
  facts: toFacts(event, values),
  note: toOptionalText(values.note),
  expectedVersion,
  annualReport:
    findStepFormKind(event) === 'annual_report' && values.reportYear !== undefined
      ? { year: values.reportYear, summary: values.reportSummary?.trim() ?? '' }
      : undefined,
});
