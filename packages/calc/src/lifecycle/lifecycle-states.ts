import type { Permission } from '@jiliang/shared';
import type { ArticlePair } from './articles.ts';
import { ARTICLES } from './articles.ts';

/**
 * States of an institution under the Measures (MEASURES.md §2), one per stage the Province's pipeline
 * board shows. The Chinese term and the article that creates the state are listed with each.
 */
export const LIFECYCLE_STATES = [
  'application_draft',
  'local_review',
  'provincial_review',
  'application_rejected',
  'application_withdrawn',
  'preparation',
  'extension_requested',
  'preparation_revocation_proposed',
  'preparation_revoked',
  'acceptance_applied',
  'assessment',
  'rectification',
  'rescoring',
  'assessment_failed',
  'rectification_notice',
  'reassessment',
  'qualification_cancelled',
  'assessment_passed',
  'established',
  'inspection_rectification',
  're_review_rectification',
  'revoked',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export type LifecyclePhase = 'application' | 'preparation' | 'acceptance' | 'supervision' | 'closed';

export type LifecycleStateInfo = { phase: LifecyclePhase; terminal: boolean; article: ArticlePair; zh: string; en: string };

export const LIFECYCLE_STATE_INFO: Record<LifecycleState, LifecycleStateInfo> = {
  application_draft: { phase: 'application', terminal: false, article: ARTICLES.application, zh: '填报申报书', en: 'application draft' },
  local_review: { phase: 'application', terminal: false, article: ARTICLES.application, zh: '市州资料审核', en: 'local review' },
  provincial_review: {
    phase: 'application',
    terminal: false,
    article: ARTICLES.approval,
    zh: '省局材料审查和实地核查',
    en: 'provincial review',
  },
  application_rejected: { phase: 'closed', terminal: true, article: ARTICLES.approval, zh: '未获批准筹建', en: 'application rejected' },
  application_withdrawn: { phase: 'closed', terminal: true, article: ARTICLES.eligibility, zh: '申请已撤回', en: 'application withdrawn' },
  preparation: { phase: 'preparation', terminal: false, article: ARTICLES.preparation, zh: '筹建中', en: 'preparation' },
  extension_requested: {
    phase: 'preparation',
    terminal: false,
    article: ARTICLES.acceptanceDeadline,
    zh: '延期验收申请待批',
    en: 'extension requested',
  },
  preparation_revocation_proposed: {
    phase: 'preparation',
    terminal: false,
    article: ARTICLES.acceptanceDeadline,
    zh: '拟撤销筹建资格',
    en: 'revocation of preparation proposed',
  },
  preparation_revoked: {
    phase: 'closed',
    terminal: true,
    article: ARTICLES.acceptanceDeadline,
    zh: '筹建资格已撤销',
    en: 'preparation revoked',
  },
  acceptance_applied: {
    phase: 'acceptance',
    terminal: false,
    article: ARTICLES.acceptanceAssessment,
    zh: '验收申请初步审查',
    en: 'acceptance applied',
  },
  assessment: { phase: 'acceptance', terminal: false, article: ARTICLES.onSiteReview, zh: '验收考核（现场审查）', en: 'assessment' },
  rectification: { phase: 'acceptance', terminal: false, article: ARTICLES.scoring, zh: '限期3个月整改', en: 'rectification (3 months)' },
  rescoring: { phase: 'acceptance', terminal: false, article: ARTICLES.scoring, zh: '整改后复评', en: 'rescoring' },
  assessment_failed: { phase: 'acceptance', terminal: false, article: ARTICLES.scoring, zh: '现场考核不合格', en: 'assessment failed' },
  rectification_notice: {
    phase: 'acceptance',
    terminal: false,
    article: ARTICLES.rectificationNotice,
    zh: '按整改通知书整改',
    en: 'rectification notice',
  },
  reassessment: { phase: 'acceptance', terminal: false, article: ARTICLES.rectificationNotice, zh: '整改后现场考核', en: 'reassessment' },
  qualification_cancelled: {
    phase: 'closed',
    terminal: true,
    article: ARTICLES.rectificationNotice,
    zh: '筹建资格已取消',
    en: 'qualification cancelled',
  },
  assessment_passed: {
    phase: 'acceptance',
    terminal: false,
    article: ARTICLES.scoring,
    zh: '考核合格，待同意成立',
    en: 'assessment passed',
  },
  established: { phase: 'supervision', terminal: false, article: ARTICLES.establishment, zh: '已成立', en: 'established' },
  inspection_rectification: {
    phase: 'supervision',
    terminal: false,
    article: ARTICLES.inspection,
    zh: '监督检查限期整改',
    en: 'rectification after inspection',
  },
  re_review_rectification: {
    phase: 'supervision',
    terminal: false,
    article: ARTICLES.reReview,
    zh: '复查不合格整改',
    en: 'rectification after re-review',
  },
  revoked: { phase: 'closed', terminal: true, article: ARTICLES.inspection, zh: '资格已撤销', en: 'revoked' },
};

/**
 * Who acts: the applicant unit (申请单位) until establishment, the institution after it, the local
 * bureau, the Province, its expert panel, or the system's clock (deadlines that pass).
 */
export type LifecycleActor = 'applicant' | 'institution' | 'local_bureau' | 'province' | 'expert_panel' | 'system';

/**
 * The permission each actor needs (MEASURES.md §1): the server's routes authorise a step by it, and the web
 * offers a step as a button only to a role that holds it.
 */
export const LIFECYCLE_ACTOR_PERMISSIONS: Record<LifecycleActor, Permission> = {
  applicant: 'institutions:apply',
  institution: 'institutions:apply',
  local_bureau: 'institutions:review',
  province: 'institutions:decide',
  expert_panel: 'institutions:assess',
  // The system's clock proposes; the Province may also trigger the proposal by hand.
  system: 'institutions:decide',
};

export const isLifecycleActor = (actor: string): actor is LifecycleActor => Object.hasOwn(LIFECYCLE_ACTOR_PERMISSIONS, actor);

export const LIFECYCLE_EVENTS = [
  'submit_application',
  'pass_local_review',
  'return_application',
  'withdraw_application',
  'approve_preparation',
  'reject_application',
  'report_major_event',
  'request_extension',
  'grant_extension',
  'refuse_extension',
  'apply_for_acceptance',
  'propose_preparation_revocation',
  'confirm_preparation_revocation',
  'dismiss_revocation_proposal',
  'pass_preliminary_review',
  'return_acceptance_application',
  'record_score',
  'report_rectification',
  'lapse_rectification',
  'issue_rectification_notice',
  'cancel_qualification',
  'establish',
  'submit_annual_report',
  'report_major_change',
  'sign_confidentiality_agreement',
  'record_local_finding',
  'record_inspection_result',
  'record_re_review_result',
  'record_recheck_result',
  'revoke_for_data_leak',
  'revoke_for_serious_violation',
  'revoke_for_lost_capability',
] as const;
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

export const LIFECYCLE_EVENT_LABELS: Record<LifecycleEvent, { zh: string; en: string }> = {
  submit_application: { zh: '提交筹建申请', en: 'submit application' },
  pass_local_review: { zh: '资料审核合格', en: 'pass local review' },
  return_application: { zh: '退回申报材料', en: 'return application' },
  withdraw_application: { zh: '撤回申请', en: 'withdraw application' },
  approve_preparation: { zh: '批准筹建', en: 'approve preparation' },
  reject_application: { zh: '不予批准筹建', en: 'reject application' },
  report_major_event: { zh: '报告筹建重大情况', en: 'report major event' },
  request_extension: { zh: '申请延期验收', en: 'request extension' },
  grant_extension: { zh: '同意延期', en: 'grant extension' },
  refuse_extension: { zh: '不同意延期', en: 'refuse extension' },
  apply_for_acceptance: { zh: '申请验收', en: 'apply for acceptance' },
  propose_preparation_revocation: { zh: '提示撤销筹建资格', en: 'propose revoking preparation' },
  confirm_preparation_revocation: { zh: '确认撤销筹建资格', en: 'confirm revocation of preparation' },
  dismiss_revocation_proposal: { zh: '驳回撤销提示', en: 'dismiss revocation proposal' },
  pass_preliminary_review: { zh: '初步审查通过', en: 'pass preliminary review' },
  return_acceptance_application: { zh: '退回验收申请', en: 'return acceptance application' },
  record_score: { zh: '确定考核得分', en: 'record score' },
  report_rectification: { zh: '报告整改结果', en: 'report rectification' },
  lapse_rectification: { zh: '整改逾期', en: 'rectification lapsed' },
  issue_rectification_notice: { zh: '下达整改通知书', en: 'issue rectification notice' },
  cancel_qualification: { zh: '取消筹建资格', en: 'cancel qualification' },
  establish: { zh: '同意成立', en: 'establish' },
  submit_annual_report: { zh: '报送年度工作总结报告', en: 'submit annual report' },
  report_major_change: { zh: '报告重大变化', en: 'report major change' },
  sign_confidentiality_agreement: { zh: '签订数据安全保密协议', en: 'sign confidentiality agreement' },
  record_local_finding: { zh: '记录日常监督发现的问题', en: 'record local finding' },
  record_inspection_result: { zh: '记录监督检查结果', en: 'record inspection result' },
  record_re_review_result: { zh: '记录复查结果', en: 're-review result' },
  record_recheck_result: { zh: '记录整改复核结果', en: 'record recheck result' },
  revoke_for_data_leak: { zh: '因擅自泄露数据撤销资格', en: 'revoke for data leak' },
  revoke_for_serious_violation: { zh: '因严重违法违规撤销资格', en: 'revoke for serious violation' },
  revoke_for_lost_capability: { zh: '因不具备服务能力撤销资格', en: 'revoke for lost capability' },
};
