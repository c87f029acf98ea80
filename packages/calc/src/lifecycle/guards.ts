import { getArticle } from './articles.ts';
import { isDateAfter, isDateOnOrBefore, toShanghaiDate, type CalendarDate } from './calendar.ts';
import type { LifecycleContext } from './context.ts';
import {
  checkExtendedDeadline,
  checkExtensionRequest,
  checkRectificationNoticeDueDate,
  FULL_SCORE,
  getEffectiveDeadline,
  getLatestAcceptanceApplicationDate,
  getPreparationDeadline,
  isPastDue,
  PASS_SCORE,
} from './deadlines.ts';
import { checkEligibilityEvidence } from './eligibility.ts';
import { createViolation, RULE_OK, type RuleCheck } from './rule-check.ts';

/**
 * Guards: pure functions of (context, now). Each refuses with the rule and the article of the
 * institution's own Measure, so a base is told `BM-14` where a centre is told `CM-13`.
 */
export type Guard = (context: LifecycleContext, now: Date) => RuleCheck;

/** CM-7 / BM-8: each eligibility condition of the institution's own Measure has evidence. */
export const checkEligibility: Guard = (context) => checkEligibilityEvidence(context.institutionType, context.eligibilityEvidence ?? {});

/** CM-9 / BM-10: the region's enterprises and institutions were consulted before the plan was drawn up. */
export const checkConsultation: Guard = (context) =>
  context.hasConsultationRecord
    ? RULE_OK
    : createViolation(
        'consultation_missing',
        getArticle(context.institutionType, 'consultation'),
        '申请筹建单位应充分听取区域内企事业单位的意见，请附意见征求记录',
        "the applicant must consult the region's enterprises and institutions; attach the record",
      );

/** CM-8 / BM-9: the applicant answers for the legality and truth of its materials. */
export const checkTruthfulnessDeclaration: Guard = (context) =>
  context.hasTruthfulnessDeclaration
    ? RULE_OK
    : createViolation(
        'truthfulness_declaration_missing',
        getArticle(context.institutionType, 'application'),
        '申请筹建单位应声明对申报材料的合法性和真实性负责',
        'the applicant must declare its materials legal and true',
      );

/** CM-10 / BM-11: approval follows a passed material review and on-site check, with a written opinion. */
export const checkExpertOpinion: Guard = (context) => {
  const opinion = context.expertOpinion;
  if (opinion?.materialReviewPassed && opinion.onSiteCheckPassed) return RULE_OK;
  return createViolation(
    'expert_opinion_missing',
    getArticle(context.institutionType, 'approval'),
    '批准筹建前须有专家材料审查和实地核查均通过的书面意见',
    'approval needs the experts’ written opinion that the material review and the on-site check were passed',
  );
};

type PreparationDates = { original: CalendarDate; effective: CalendarDate };

const findPreparationDates = (context: LifecycleContext): PreparationDates | undefined => {
  if (!context.preparationApprovedOn) return undefined;
  const original = getPreparationDeadline(context.preparationApprovedOn);
  return { original, effective: getEffectiveDeadline(original, context.grantedExtensions ?? []) };
};

const refuseWithoutApproval = (context: LifecycleContext): RuleCheck =>
  createViolation(
    'preparation_approval_missing',
    getArticle(context.institutionType, 'preparation'),
    '缺少批准筹建日期，无法计算筹建期限',
    'the preparation approval date is missing, so the deadline cannot be computed',
  );

/** CM-13 / BM-14: the acceptance application is filed no later than 3 months before the deadline in force. */
export const checkAcceptanceApplicationInTime: Guard = (context, now) => {
  const dates = findPreparationDates(context);
  if (!dates) return refuseWithoutApproval(context);
  const latest = getLatestAcceptanceApplicationDate(dates.effective);
  const today = toShanghaiDate(now);
  if (isDateOnOrBefore(today, latest)) return RULE_OK;
  return createViolation(
    'acceptance_application_late',
    getArticle(context.institutionType, 'acceptanceDeadline'),
    `验收申请应在筹建期限（${dates.effective}）届满3个月前提出，最迟${latest}；${today}提出已逾期`,
    `the acceptance application is due no later than 3 months before the preparation deadline ${dates.effective}, i.e. by ${latest}; filed ${today}, it is late`,
  );
};

/**
 * CM-12 / BM-13: the application carries the summary report and the follow-up plan, and the competent
 * department's consent — except for direct applicants, who file straight with the Province (para. 2).
 */
export const checkAcceptanceMaterials: Guard = (context) => {
  const article = getArticle(context.institutionType, 'acceptanceApplication');
  const application = context.acceptanceApplication;
  if (!context.isDirectApplicant && !application?.hasCompetentDepartmentConsent) {
    return createViolation(
      'competent_department_consent_missing',
      article,
      '验收申请须经主管部门审核同意（中央驻鄂单位、省属企事业单位除外）',
      'the acceptance application needs the competent department’s consent (not for central units in Hubei or provincial units)',
    );
  }
  if (!application?.hasSummaryReport) {
    return createViolation(
      'summary_report_missing',
      article,
      '验收申请须附筹建工作总结报告',
      'the acceptance application needs the preparation summary report',
    );
  }
  if (!application.hasFollowUpPlan) {
    return createViolation(
      'follow_up_plan_missing',
      article,
      '验收申请须附后续建设规划',
      'the acceptance application needs the follow-up construction plan',
    );
  }
  return RULE_OK;
};

const refuseWithoutExtendedDate = (context: LifecycleContext): RuleCheck =>
  createViolation(
    'extension_date_missing',
    getArticle(context.institutionType, 'acceptanceDeadline'),
    '请说明延期考核时间',
    'state the proposed assessment date of the extension',
  );

/** CM-13 / BM-14: requested in time, later than the deadline in force, within 1 year in total. */
export const checkExtensionRequestInTime: Guard = (context, now) => {
  const dates = findPreparationDates(context);
  if (!dates) return refuseWithoutApproval(context);
  if (!context.extendedTo) return refuseWithoutExtendedDate(context);
  return checkExtensionRequest(context.institutionType, {
    originalDeadline: dates.original,
    extensions: context.grantedExtensions ?? [],
    requestedOn: toShanghaiDate(now),
    extendedTo: context.extendedTo,
  });
};

/** CM-13 / BM-14: the Province may grant a date other than the one asked for, but never beyond 1 year in total. */
export const checkExtensionGrant: Guard = (context) => {
  const dates = findPreparationDates(context);
  if (!dates) return refuseWithoutApproval(context);
  if (!context.extendedTo) return refuseWithoutExtendedDate(context);
  return checkExtendedDeadline(context.institutionType, {
    originalDeadline: dates.original,
    currentDeadline: dates.effective,
    extendedTo: context.extendedTo,
  });
};

/** CM-13 / BM-14: revocation is proposed only once the deadline in force (extended or not) has passed. */
export const checkPreparationDeadlinePassed: Guard = (context, now) => {
  const dates = findPreparationDates(context);
  if (!dates) return refuseWithoutApproval(context);
  if (isPastDue(dates.effective, now)) return RULE_OK;
  return createViolation(
    'preparation_deadline_not_passed',
    getArticle(context.institutionType, 'acceptanceDeadline'),
    `筹建期限${dates.effective}尚未届满，不能撤销筹建资格`,
    `the preparation deadline ${dates.effective} has not passed; preparation cannot be revoked yet`,
  );
};

/**
 * CM-15 / BM-16: the on-site review has had its opening and closing meetings (the unit's opinion is
 * heard at the closing one). CM-15 only: centres must also have the random sample of verification/
 * calibration and key-parameter items recorded; BM-16 has no such sentence.
 */
export const checkOnSiteReview: Guard = (context) => {
  const review = context.onSiteReview;
  if (!review?.openingMeetingHeld || !review.closingMeetingHeld) {
    return createViolation(
      'on_site_review_incomplete',
      getArticle(context.institutionType, 'onSiteReview'),
      '现场审查须召开首次会议和末次会议（听取被考核单位意见）后方可确定得分',
      'the score is final only after the opening and the closing meeting (where the unit’s opinion is heard)',
    );
  }
  if (context.institutionType === 'carbon_metrology_centre' && !review.samplingRecorded) {
    return createViolation(
      'random_sampling_missing',
      'CM-15',
      '碳计量中心现场核查应随机抽查一定比例检定校准项目和关键参数测量项目，请记录抽查比例和随机种子',
      'a centre’s on-site check must randomly sample verification/calibration and key-parameter items; record the share and the seed',
    );
  }
  return RULE_OK;
};

/** CM-16 / BM-17: a score is a number from 0 to 100. */
export const checkScore: Guard = (context) => {
  const score = context.score;
  if (typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= FULL_SCORE) return RULE_OK;
  return createViolation(
    'score_invalid',
    getArticle(context.institutionType, 'scoring'),
    `考核分值满分为${FULL_SCORE}分，得分应在0至${FULL_SCORE}之间`,
    `the full score is ${FULL_SCORE}; a score lies between 0 and ${FULL_SCORE}`,
  );
};

export const isPassingScore = (score: number | undefined): boolean =>
  typeof score === 'number' && score >= PASS_SCORE && score <= FULL_SCORE;

const checkReportedBy = (
  dueOn: CalendarDate | undefined,
  rule: string,
  article: ReturnType<typeof getArticle>,
  what: string,
  whatEn: string,
  now: Date,
) => {
  if (!dueOn) return createViolation(`${rule}_due_date_missing`, article, `缺少${what}期限`, `the ${whatEn} due date is missing`);
  const today = toShanghaiDate(now);
  if (isDateOnOrBefore(today, dueOn)) return RULE_OK;
  return createViolation(
    `${rule}_late`,
    article,
    `${what}期限为${dueOn}，${today}报告已逾期`,
    `the ${whatEn} was due by ${dueOn}; reported ${today}, it is late`,
  );
};

/** CM-16 / BM-17: rectification after a score below 80 is reported within 3 months. */
export const checkRectificationInTime: Guard = (context, now) =>
  checkReportedBy(
    context.rectificationDueOn,
    'rectification',
    getArticle(context.institutionType, 'scoring'),
    '限期整改',
    'rectification',
    now,
  );

/** CM-17 / BM-18: rectification under a notice is reported within the time the notice sets. */
export const checkNoticeRectificationInTime: Guard = (context, now) =>
  checkReportedBy(
    context.rectificationNoticeDueOn,
    'rectification_notice',
    getArticle(context.institutionType, 'rectificationNotice'),
    '整改通知书规定的整改',
    'rectification notice',
    now,
  );

const checkLapsed = (dueOn: CalendarDate | undefined, rule: string, article: ReturnType<typeof getArticle>, now: Date): RuleCheck => {
  if (!dueOn) return createViolation(`${rule}_due_date_missing`, article, '缺少整改期限', 'the rectification due date is missing');
  if (isPastDue(dueOn, now)) return RULE_OK;
  return createViolation(`${rule}_not_lapsed`, article, `整改期限${dueOn}尚未届满`, `the rectification due date ${dueOn} has not passed`);
};

/** CM-16 / BM-17: the 3 months have passed without a rectification report. */
export const checkRectificationLapsed: Guard = (context, now) =>
  checkLapsed(context.rectificationDueOn, 'rectification', getArticle(context.institutionType, 'scoring'), now);

/** CM-17 / BM-18: the notice's time has passed without a rectification report. */
export const checkNoticeLapsed: Guard = (context, now) =>
  checkLapsed(context.rectificationNoticeDueOn, 'rectification_notice', getArticle(context.institutionType, 'rectificationNotice'), now);

/** CM-17 / BM-18: the notice sets a due date after today and within one year. */
export const checkRectificationNoticeGuard: Guard = (context, now) => {
  const article = getArticle(context.institutionType, 'rectificationNotice');
  if (!context.rectificationNoticeDueOn) {
    return createViolation(
      'rectification_notice_due_date_missing',
      article,
      '整改通知书须规定整改时间',
      'a rectification notice must set a due date',
    );
  }
  return checkRectificationNoticeDueDate(context.institutionType, toShanghaiDate(now), context.rectificationNoticeDueOn);
};

type SupervisionTopic = 'localSupervision' | 'inspection' | 'reReview';

/** CM-23, CM-24 / BM-23, BM-24: an inspection, re-review or recheck records whether it was passed. */
export const requireSupervisionOutcome =
  (topic: SupervisionTopic): Guard =>
  (context) =>
    typeof context.supervisionPassed === 'boolean'
      ? RULE_OK
      : createViolation(
          'supervision_outcome_missing',
          getArticle(context.institutionType, topic),
          '请记录检查（复查）是否合格',
          'record whether the inspection (re-review) was passed',
        );

/**
 * CM-20, CM-23, CM-24 / BM-22, BM-23, BM-24: problems are rectified "限期", by a due date the authority
 * sets. The Measures set no maximum, so the only rule is that the date lies after today.
 */
export const requireSupervisionDueDate =
  (topic: SupervisionTopic): Guard =>
  (context, now) => {
    const today = toShanghaiDate(now);
    if (context.supervisionDueOn && isDateAfter(context.supervisionDueOn, today)) return RULE_OK;
    return createViolation(
      'supervision_due_date_invalid',
      getArticle(context.institutionType, topic),
      '发现的问题应限期整改：请规定今天之后的整改期限',
      'problems found are rectified by a deadline: set a due date after today',
    );
  };
