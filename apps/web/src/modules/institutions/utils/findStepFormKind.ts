/**
 * Which small form a step opens: the facts each step brings (packages/shared lifecycleFactsSchema);
 * every other step only takes a note.
 */
export type StepFormKind =
  | 'application'
  | 'expert_opinion'
  | 'extension'
  | 'acceptance_application'
  | 'score'
  | 'rectification_notice'
  | 'supervision_result'
  | 'local_finding'
  | 'annual_report'
  | 'note';

const STEP_FORM_KINDS: Partial<Record<string, StepFormKind>> = {
  submit_application: 'application',
  approve_preparation: 'expert_opinion',
  request_extension: 'extension',
  grant_extension: 'extension',
  apply_for_acceptance: 'acceptance_application',
  record_score: 'score',
  issue_rectification_notice: 'rectification_notice',
  record_inspection_result: 'supervision_result',
  record_re_review_result: 'supervision_result',
  record_recheck_result: 'supervision_result',
  record_local_finding: 'local_finding',
  submit_annual_report: 'annual_report',
};

export const findStepFormKind = (event: string): StepFormKind => STEP_FORM_KINDS[event] ?? 'note';
