import { ARTICLES, findArticle, type Article, type ArticlePair, type ArticleTopic } from './articles.ts';
import { addYears, type CalendarDate } from './calendar.ts';
import type { LifecycleContext } from './context.ts';
import { getPreparationDeadline, getRectificationDueDate, RE_REVIEW_YEARS } from './deadlines.ts';
import {
  checkAcceptanceApplicationInTime,
  checkAcceptanceMaterials,
  checkConsultation,
  checkEligibility,
  checkExpertOpinion,
  checkExtensionGrant,
  checkExtensionRequestInTime,
  checkNoticeLapsed,
  checkNoticeRectificationInTime,
  checkOnSiteReview,
  checkPreparationDeadlinePassed,
  checkRectificationInTime,
  checkRectificationLapsed,
  checkRectificationNoticeGuard,
  checkScore,
  checkTruthfulnessDeclaration,
  isPassingScore,
  requireSupervisionDueDate,
  requireSupervisionOutcome,
  type Guard,
} from './guards.ts';
import type { LifecycleActor, LifecycleEvent, LifecycleState } from './lifecycle-states.ts';

/**
 * The lifecycle as data (ARCHITECTURE rule 4): every transition of both Measures, with the article
 * of each. A row whose article for the institution's Measure is null does not exist for it (CM-21
 * binds centres only).
 *
 * Alternatives: several rows may share (from, event) and differ by `when` (who routes, what the score
 * is). They are tried in table order; the first whose `when` holds — or that has none — is taken, and
 * only its guards run. The last alternative of a group has no `when` (lifecycle-table.test.ts checks).
 */

export type LifecycleDocument =
  'approval_document' | 'preparation_task_book' | 'assessment_report' | 'rectification_notice' | 'establishment_notice';
export type LifecycleDueDate =
  'preparation_deadline' | 'rectification' | 'rectification_notice' | 'supervision_rectification' | 'local_finding' | 're_review';

/** What the service must do after the transition; the pure core only says so. */
export type LifecycleEffect =
  | { kind: 'issue_document'; document: LifecycleDocument; article: Article }
  | { kind: 'set_due_date'; due: LifecycleDueDate; dueOn: CalendarDate; article: Article }
  | { kind: 'require_confidentiality_agreement'; article: Article };

export type LifecycleCondition = { label: string; test: (context: LifecycleContext) => boolean };

export type LifecycleTransitionRow = {
  from: LifecycleState;
  event: LifecycleEvent;
  to: LifecycleState;
  actor: LifecycleActor;
  article: ArticlePair;
  when?: LifecycleCondition;
  guards?: readonly Guard[];
  effects?: (context: LifecycleContext, today: CalendarDate) => readonly LifecycleEffect[];
};

const IS_DIRECT_APPLICANT: LifecycleCondition = {
  label: 'CM-8 / BM-9: central unit in Hubei or provincial unit, straight to the Province',
  test: (c) => c.isDirectApplicant,
};
const IS_PASSING_SCORE: LifecycleCondition = { label: 'CM-16 / BM-17: score ≥ 80', test: (c) => isPassingScore(c.score) };
const HAS_PASSED: LifecycleCondition = { label: 'CM-23, CM-24 / BM-23, BM-24: passed', test: (c) => c.supervisionPassed === true };

const APPLICATION_GUARDS: readonly Guard[] = [checkEligibility, checkConsultation, checkTruthfulnessDeclaration];
const SUPERVISED_STATES = ['established', 'inspection_rectification', 're_review_rectification'] as const;
const OPEN_APPLICATION_STATES = ['application_draft', 'local_review', 'provincial_review'] as const;

const articleOf = (context: LifecycleContext, topic: ArticleTopic): Article[] => {
  const article = findArticle(context.institutionType, ARTICLES[topic]);
  return article === null ? [] : [article];
};

const issue =
  (document: LifecycleDocument, topic: ArticleTopic) =>
  (context: LifecycleContext): LifecycleEffect[] =>
    articleOf(context, topic).map((article) => ({ kind: 'issue_document', document, article }));

const setDue = (
  context: LifecycleContext,
  due: LifecycleDueDate,
  dueOn: CalendarDate | undefined,
  topic: ArticleTopic,
): LifecycleEffect[] =>
  dueOn === undefined ? [] : articleOf(context, topic).map((article) => ({ kind: 'set_due_date', due, dueOn, article }));

export const LIFECYCLE_TABLE: readonly LifecycleTransitionRow[] = [
  // Chapter 3, application and approval (申请和批筹).
  {
    from: 'application_draft',
    event: 'submit_application',
    to: 'provincial_review',
    actor: 'applicant',
    article: ARTICLES.application,
    when: IS_DIRECT_APPLICANT,
    guards: APPLICATION_GUARDS,
  },
  {
    from: 'application_draft',
    event: 'submit_application',
    to: 'local_review',
    actor: 'applicant',
    article: ARTICLES.application,
    guards: APPLICATION_GUARDS,
  },
  { from: 'local_review', event: 'pass_local_review', to: 'provincial_review', actor: 'local_bureau', article: ARTICLES.application },
  { from: 'local_review', event: 'return_application', to: 'application_draft', actor: 'local_bureau', article: ARTICLES.application },
  // CM-7 / BM-8: application is voluntary, so it may be withdrawn until approval.
  ...OPEN_APPLICATION_STATES.map((from): LifecycleTransitionRow => ({
    from,
    event: 'withdraw_application',
    to: 'application_withdrawn',
    actor: 'applicant',
    article: ARTICLES.eligibility,
  })),
  {
    from: 'provincial_review',
    event: 'approve_preparation',
    to: 'preparation',
    actor: 'province',
    article: ARTICLES.approval,
    guards: [checkExpertOpinion],
    effects: (context, today) => [
      ...issue('approval_document', 'approval')(context),
      ...issue('preparation_task_book', 'approval')(context),
      ...setDue(context, 'preparation_deadline', getPreparationDeadline(today), 'preparation'),
    ],
  },
  { from: 'provincial_review', event: 'reject_application', to: 'application_rejected', actor: 'province', article: ARTICLES.approval },

  // Chapter 4, preparation and acceptance (筹建和验收).
  { from: 'preparation', event: 'report_major_event', to: 'preparation', actor: 'applicant', article: ARTICLES.preparation },
  {
    from: 'preparation',
    event: 'request_extension',
    to: 'extension_requested',
    actor: 'applicant',
    article: ARTICLES.acceptanceDeadline,
    guards: [checkExtensionRequestInTime],
  },
  {
    from: 'extension_requested',
    event: 'grant_extension',
    to: 'preparation',
    actor: 'province',
    article: ARTICLES.acceptanceDeadline,
    guards: [checkExtensionGrant],
    effects: (context) => setDue(context, 'preparation_deadline', context.extendedTo, 'acceptanceDeadline'),
  },
  { from: 'extension_requested', event: 'refuse_extension', to: 'preparation', actor: 'province', article: ARTICLES.acceptanceDeadline },
  {
    from: 'preparation',
    event: 'apply_for_acceptance',
    to: 'acceptance_applied',
    actor: 'applicant',
    article: ARTICLES.acceptanceApplication,
    guards: [checkAcceptanceApplicationInTime, checkAcceptanceMaterials],
  },
  // CM-13 / BM-14: unfinished after the deadline in force → the system proposes, the Province revokes.
  {
    from: 'preparation',
    event: 'propose_preparation_revocation',
    to: 'preparation_revocation_proposed',
    actor: 'system',
    article: ARTICLES.acceptanceDeadline,
    guards: [checkPreparationDeadlinePassed],
  },
  {
    from: 'preparation_revocation_proposed',
    event: 'confirm_preparation_revocation',
    to: 'preparation_revoked',
    actor: 'province',
    article: ARTICLES.acceptanceDeadline,
    guards: [checkPreparationDeadlinePassed],
  },
  {
    from: 'preparation_revocation_proposed',
    event: 'dismiss_revocation_proposal',
    to: 'preparation',
    actor: 'province',
    article: ARTICLES.acceptanceDeadline,
  },
  {
    from: 'acceptance_applied',
    event: 'pass_preliminary_review',
    to: 'assessment',
    actor: 'province',
    article: ARTICLES.acceptanceAssessment,
  },
  {
    from: 'acceptance_applied',
    event: 'return_acceptance_application',
    to: 'preparation',
    actor: 'province',
    article: ARTICLES.acceptanceAssessment,
  },
  {
    from: 'assessment',
    event: 'record_score',
    to: 'assessment_passed',
    actor: 'expert_panel',
    article: ARTICLES.scoring,
    when: IS_PASSING_SCORE,
    guards: [checkOnSiteReview, checkScore],
    effects: issue('assessment_report', 'scoring'),
  },
  {
    from: 'assessment',
    event: 'record_score',
    to: 'rectification',
    actor: 'expert_panel',
    article: ARTICLES.scoring,
    guards: [checkOnSiteReview, checkScore],
    effects: (context, today) => [
      ...issue('assessment_report', 'scoring')(context),
      ...setDue(context, 'rectification', getRectificationDueDate(today), 'scoring'),
    ],
  },
  {
    from: 'rectification',
    event: 'report_rectification',
    to: 'rescoring',
    actor: 'applicant',
    article: ARTICLES.scoring,
    guards: [checkRectificationInTime],
  },
  {
    from: 'rectification',
    event: 'lapse_rectification',
    to: 'assessment_failed',
    actor: 'system',
    article: ARTICLES.scoring,
    guards: [checkRectificationLapsed],
  },
  {
    from: 'rescoring',
    event: 'record_score',
    to: 'assessment_passed',
    actor: 'expert_panel',
    article: ARTICLES.scoring,
    when: IS_PASSING_SCORE,
    guards: [checkScore],
    effects: issue('assessment_report', 'scoring'),
  },
  {
    from: 'rescoring',
    event: 'record_score',
    to: 'assessment_failed',
    actor: 'expert_panel',
    article: ARTICLES.scoring,
    guards: [checkScore],
    effects: issue('assessment_report', 'scoring'),
  },
  {
    from: 'assessment_failed',
    event: 'issue_rectification_notice',
    to: 'rectification_notice',
    actor: 'province',
    article: ARTICLES.rectificationNotice,
    guards: [checkRectificationNoticeGuard],
    effects: (context) => [
      ...issue('rectification_notice', 'rectificationNotice')(context),
      ...setDue(context, 'rectification_notice', context.rectificationNoticeDueOn, 'rectificationNotice'),
    ],
  },
  {
    from: 'rectification_notice',
    event: 'report_rectification',
    to: 'reassessment',
    actor: 'applicant',
    article: ARTICLES.rectificationNotice,
    guards: [checkNoticeRectificationInTime],
  },
  {
    from: 'rectification_notice',
    event: 'cancel_qualification',
    to: 'qualification_cancelled',
    actor: 'province',
    article: ARTICLES.rectificationNotice,
    guards: [checkNoticeLapsed],
  },
  // CM-17 / BM-18: the Province assesses on site again "依据本办法相关规定", so CM-15's sampling applies again.
  {
    from: 'reassessment',
    event: 'record_score',
    to: 'assessment_passed',
    actor: 'expert_panel',
    article: ARTICLES.rectificationNotice,
    when: IS_PASSING_SCORE,
    guards: [checkOnSiteReview, checkScore],
    effects: issue('assessment_report', 'rectificationNotice'),
  },
  {
    from: 'reassessment',
    event: 'record_score',
    to: 'qualification_cancelled',
    actor: 'expert_panel',
    article: ARTICLES.rectificationNotice,
    guards: [checkOnSiteReview, checkScore],
    effects: issue('assessment_report', 'rectificationNotice'),
  },
  {
    from: 'assessment_passed',
    event: 'establish',
    to: 'established',
    actor: 'province',
    article: ARTICLES.establishment,
    effects: (context, today) => [
      ...issue('establishment_notice', 'establishment')(context),
      ...setDue(context, 're_review', addYears(today, RE_REVIEW_YEARS), 'reReview'),
      // CM-21: an established centre signs a confidentiality agreement with the approving unit; BM has no such article.
      ...articleOf(context, 'dataSecurity').map((article): LifecycleEffect => ({ kind: 'require_confidentiality_agreement', article })),
    ],
  },

  // Chapter 5, supervision (监督管理).
  ...SUPERVISED_STATES.flatMap((from): LifecycleTransitionRow[] => [
    { from, event: 'submit_annual_report', to: from, actor: 'institution', article: ARTICLES.annualReport },
    { from, event: 'report_major_change', to: from, actor: 'institution', article: ARTICLES.annualReport },
    { from, event: 'sign_confidentiality_agreement', to: from, actor: 'institution', article: ARTICLES.dataSecurity },
    {
      from,
      event: 'record_local_finding',
      to: from,
      actor: 'local_bureau',
      article: ARTICLES.localSupervision,
      guards: [requireSupervisionDueDate('localSupervision')],
      effects: (context) => setDue(context, 'local_finding', context.supervisionDueOn, 'localSupervision'),
    },
    { from, event: 'revoke_for_data_leak', to: 'revoked', actor: 'province', article: ARTICLES.dataSecurity },
    { from, event: 'revoke_for_serious_violation', to: 'revoked', actor: 'province', article: ARTICLES.legalResponsibility },
    // CM-24 / BM-24: operating conditions changed so much that the capability is gone.
    { from, event: 'revoke_for_lost_capability', to: 'revoked', actor: 'province', article: ARTICLES.reReview },
  ]),
  {
    from: 'established',
    event: 'record_inspection_result',
    to: 'established',
    actor: 'expert_panel',
    article: ARTICLES.inspection,
    when: HAS_PASSED,
    guards: [requireSupervisionOutcome('inspection')],
  },
  {
    from: 'established',
    event: 'record_inspection_result',
    to: 'inspection_rectification',
    actor: 'expert_panel',
    article: ARTICLES.inspection,
    guards: [requireSupervisionOutcome('inspection'), requireSupervisionDueDate('inspection')],
    effects: (context) => setDue(context, 'supervision_rectification', context.supervisionDueOn, 'inspection'),
  },
  {
    from: 'established',
    event: 'record_re_review_result',
    to: 'established',
    actor: 'expert_panel',
    article: ARTICLES.reReview,
    when: HAS_PASSED,
    guards: [requireSupervisionOutcome('reReview')],
  },
  {
    from: 'established',
    event: 'record_re_review_result',
    to: 're_review_rectification',
    actor: 'expert_panel',
    article: ARTICLES.reReview,
    guards: [requireSupervisionOutcome('reReview'), requireSupervisionDueDate('reReview')],
    effects: (context) => setDue(context, 'supervision_rectification', context.supervisionDueOn, 'reReview'),
  },
  {
    from: 'inspection_rectification',
    event: 'record_recheck_result',
    to: 'established',
    actor: 'province',
    article: ARTICLES.inspection,
    when: HAS_PASSED,
    guards: [requireSupervisionOutcome('inspection')],
  },
  {
    from: 'inspection_rectification',
    event: 'record_recheck_result',
    to: 'revoked',
    actor: 'province',
    article: ARTICLES.inspection,
    guards: [requireSupervisionOutcome('inspection')],
  },
  {
    from: 're_review_rectification',
    event: 'record_recheck_result',
    to: 'established',
    actor: 'province',
    article: ARTICLES.reReview,
    when: HAS_PASSED,
    guards: [requireSupervisionOutcome('reReview')],
  },
  {
    from: 're_review_rectification',
    event: 'record_recheck_result',
    to: 'revoked',
    actor: 'province',
    article: ARTICLES.reReview,
    guards: [requireSupervisionOutcome('reReview')],
  },
];
