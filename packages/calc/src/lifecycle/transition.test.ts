import { describe, expect, it } from 'vitest';
import type { InstitutionType } from '@jiliang/shared';
import { startOfShanghaiDay } from './calendar.ts';
import type { LifecycleContext } from './context.ts';
import type { LifecycleEvent, LifecycleState } from './lifecycle-states.ts';
import { listAvailableEvents, listEventOptions, transition, type TransitionResult, type TransitionSuccess } from './transition.ts';

/** 10:00 Shanghai on the given day, or `hhmm` there. */
const at = (date: string, hhmm = '10:00'): Date => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(startOfShanghaiDay(date).getTime() + ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
};

const CENTRE_EVIDENCE = {
  legal_person: ['营业执照.pdf'],
  dual_carbon_field: ['领域说明.pdf'],
  industry_scale_or_demand: ['产业规模.xlsx'],
  measurement_testing_capability: ['能力清单.pdf'],
  innovation_capability: ['科研成果.pdf'],
  management_capability: ['管理制度.pdf'],
};
const BASE_EVIDENCE = {
  legal_person: ['营业执照.pdf'],
  development_demand: ['需求分析.pdf'],
  innovation_and_service_capability: ['能力说明.pdf'],
  management_capability: ['管理制度.pdf'],
};

/** A unit that has done everything right so far; tests take things away. */
const makeContext = (type: InstitutionType = 'carbon_metrology_centre', overrides: Partial<LifecycleContext> = {}): LifecycleContext => ({
  institutionType: type,
  isDirectApplicant: false,
  eligibilityEvidence: type === 'carbon_metrology_centre' ? CENTRE_EVIDENCE : BASE_EVIDENCE,
  hasConsultationRecord: true,
  hasTruthfulnessDeclaration: true,
  expertOpinion: { materialReviewPassed: true, onSiteCheckPassed: true },
  preparationApprovedOn: '2023-06-15',
  grantedExtensions: [],
  acceptanceApplication: { hasCompetentDepartmentConsent: true, hasSummaryReport: true, hasFollowUpPlan: true },
  onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: true },
  ...overrides,
});

const expectOk = (result: TransitionResult): TransitionSuccess => {
  if (!result.ok) throw new Error(`expected success, got ${result.code} ${result.rule}: ${result.message}`);
  return result;
};

/** Applies events in order, each with its own context overrides and day; returns the states passed through. */
const run = (
  type: InstitutionType,
  start: LifecycleState,
  steps: readonly [LifecycleEvent, string, Partial<LifecycleContext>?][],
  base: Partial<LifecycleContext> = {},
): LifecycleState[] => {
  const states: LifecycleState[] = [start];
  let state = start;
  for (const [event, day, overrides] of steps) {
    state = expectOk(transition(state, event, makeContext(type, { ...base, ...overrides }), at(day))).to;
    states.push(state);
  }
  return states;
};

describe('application and approval (CM-7..10 / BM-8..11)', () => {
  it('CM-8: an ordinary applicant goes to the local bureau first', () => {
    expect(transition('application_draft', 'submit_application', makeContext(), at('2023-04-01'))).toMatchObject({
      ok: true,
      to: 'local_review',
      article: 'CM-8',
    });
  });

  it('CM-8: central units in Hubei and provincial units apply straight to the Province', () => {
    expect(
      transition(
        'application_draft',
        'submit_application',
        makeContext('carbon_metrology_centre', { isDirectApplicant: true }),
        at('2023-04-01'),
      ),
    ).toMatchObject({
      ok: true,
      to: 'provincial_review',
      article: 'CM-8',
    });
  });

  it('BM-9: the same routing for bases cites BM-9', () => {
    const result = transition(
      'application_draft',
      'submit_application',
      makeContext('data_application_base', { isDirectApplicant: true }),
      at('2023-04-01'),
    );
    expect(result).toMatchObject({ ok: true, to: 'provincial_review', article: 'BM-9' });
  });

  it('CM-7(5): a centre missing evidence for innovation capability is refused', () => {
    const evidence = { ...CENTRE_EVIDENCE, innovation_capability: [] };
    expect(
      transition(
        'application_draft',
        'submit_application',
        makeContext('carbon_metrology_centre', { eligibilityEvidence: evidence }),
        at('2023-04-01'),
      ),
    ).toMatchObject({
      ok: false,
      code: 'GUARD_FAILED',
      rule: 'eligibility_evidence_missing',
      article: 'CM-7(5)',
    });
  });

  it('BM-8: a base is held to its own four conditions, not the centre’s six', () => {
    expect(transition('application_draft', 'submit_application', makeContext('data_application_base'), at('2023-04-01')).ok).toBe(true);
    const asCentre = makeContext('carbon_metrology_centre', { eligibilityEvidence: BASE_EVIDENCE });
    expect(transition('application_draft', 'submit_application', asCentre, at('2023-04-01'))).toMatchObject({ article: 'CM-7(2)' });
  });

  it('CM-9, BM-10: the consultation record is required', () => {
    expect(
      transition(
        'application_draft',
        'submit_application',
        makeContext('data_application_base', { hasConsultationRecord: false }),
        at('2023-04-01'),
      ),
    ).toMatchObject({
      rule: 'consultation_missing',
      article: 'BM-10',
    });
  });

  it('CM-8: the declaration of legality and truthfulness is required', () => {
    expect(
      transition(
        'application_draft',
        'submit_application',
        makeContext('carbon_metrology_centre', { hasTruthfulnessDeclaration: false }),
        at('2023-04-01'),
      ),
    ).toMatchObject({
      rule: 'truthfulness_declaration_missing',
      article: 'CM-8',
    });
  });

  it('CM-8: the local bureau may return the materials to the draft', () => {
    expect(transition('local_review', 'return_application', makeContext(), at('2023-04-02'))).toMatchObject({
      ok: true,
      to: 'application_draft',
    });
  });

  it('CM-10: approval needs both the material review and the on-site check passed', () => {
    const context = makeContext('carbon_metrology_centre', { expertOpinion: { materialReviewPassed: true, onSiteCheckPassed: false } });
    expect(transition('provincial_review', 'approve_preparation', context, at('2023-06-15'))).toMatchObject({
      rule: 'expert_opinion_missing',
      article: 'CM-10',
    });
  });

  it('CM-10, CM-11: approval issues the approval document and the task book and sets the deadline 3 years on', () => {
    const result = expectOk(transition('provincial_review', 'approve_preparation', makeContext(), at('2024-02-29')));
    expect(result).toMatchObject({ to: 'preparation', article: 'CM-10' });
    expect(result.effects).toEqual([
      { kind: 'issue_document', document: 'approval_document', article: 'CM-10' },
      { kind: 'issue_document', document: 'preparation_task_book', article: 'CM-10' },
      { kind: 'set_due_date', due: 'preparation_deadline', dueOn: '2027-02-28', article: 'CM-11' },
    ]);
  });

  it('CM-7: an application may be withdrawn until approval, not after', () => {
    expect(transition('provincial_review', 'withdraw_application', makeContext(), at('2023-05-01'))).toMatchObject({
      ok: true,
      to: 'application_withdrawn',
      article: 'CM-7',
    });
    expect(transition('preparation', 'withdraw_application', makeContext(), at('2023-07-01'))).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED_FROM_STATE',
    });
  });
});

describe('acceptance application (CM-12, CM-13 / BM-13, BM-14)', () => {
  // Approved 2023-06-15 → deadline 2026-06-15 → last day to apply 2026-03-15.
  it('CM-13: an acceptance application on deadline − 3 months is accepted, up to 23:59 Shanghai', () => {
    expect(transition('preparation', 'apply_for_acceptance', makeContext(), at('2026-03-15', '23:59'))).toMatchObject({
      ok: true,
      to: 'acceptance_applied',
      article: 'CM-12',
    });
  });

  it('CM-13: an acceptance application filed after deadline − 3 months is refused', () => {
    const late = transition('preparation', 'apply_for_acceptance', makeContext(), at('2026-03-16', '00:00'));
    expect(late).toMatchObject({ ok: false, code: 'GUARD_FAILED', rule: 'acceptance_application_late', article: 'CM-13' });
    if (!late.ok) {
      expect(late.message).toContain('2026-03-15');
      expect(late.message).toContain('（CM-13）');
      expect(late.messageEn).toContain('(CM-13)');
    }
  });

  it('CM-13: near midnight — 2026-03-15T16:30:00Z is already 16 March in Shanghai, so it is late', () => {
    expect(transition('preparation', 'apply_for_acceptance', makeContext(), new Date('2026-03-15T15:59:59Z')).ok).toBe(true);
    expect(transition('preparation', 'apply_for_acceptance', makeContext(), new Date('2026-03-15T16:30:00Z'))).toMatchObject({
      rule: 'acceptance_application_late',
    });
  });

  it('BM-14: a late base is refused citing BM-14', () => {
    expect(transition('preparation', 'apply_for_acceptance', makeContext('data_application_base'), at('2026-04-01'))).toMatchObject({
      rule: 'acceptance_application_late',
      article: 'BM-14',
    });
  });

  it('CM-13: after an extension the lead time counts from the extended deadline', () => {
    const extended = { grantedExtensions: [{ extendedTo: '2027-03-01' }] };
    expect(transition('preparation', 'apply_for_acceptance', makeContext('carbon_metrology_centre', extended), at('2026-12-01')).ok).toBe(
      true,
    );
    expect(
      transition('preparation', 'apply_for_acceptance', makeContext('carbon_metrology_centre', extended), at('2026-12-02')),
    ).toMatchObject({
      rule: 'acceptance_application_late',
    });
  });

  it('CM-12: without the competent department’s consent the application is refused', () => {
    const context = makeContext('carbon_metrology_centre', {
      acceptanceApplication: { hasCompetentDepartmentConsent: false, hasSummaryReport: true, hasFollowUpPlan: true },
    });
    expect(transition('preparation', 'apply_for_acceptance', context, at('2026-01-10'))).toMatchObject({
      rule: 'competent_department_consent_missing',
      article: 'CM-12',
    });
  });

  it('CM-12: direct applicants file without the competent department’s consent', () => {
    const context = makeContext('carbon_metrology_centre', {
      isDirectApplicant: true,
      acceptanceApplication: { hasCompetentDepartmentConsent: false, hasSummaryReport: true, hasFollowUpPlan: true },
    });
    expect(transition('preparation', 'apply_for_acceptance', context, at('2026-01-10')).ok).toBe(true);
  });

  it('BM-13: the summary report and the follow-up plan are required', () => {
    const noPlan = { acceptanceApplication: { hasCompetentDepartmentConsent: true, hasSummaryReport: true, hasFollowUpPlan: false } };
    const noReport = { acceptanceApplication: { hasCompetentDepartmentConsent: true, hasSummaryReport: false, hasFollowUpPlan: true } };
    expect(transition('preparation', 'apply_for_acceptance', makeContext('data_application_base', noPlan), at('2026-01-10'))).toMatchObject(
      {
        rule: 'follow_up_plan_missing',
        article: 'BM-13',
      },
    );
    expect(
      transition('preparation', 'apply_for_acceptance', makeContext('data_application_base', noReport), at('2026-01-10')),
    ).toMatchObject({
      rule: 'summary_report_missing',
    });
  });
});

describe('extension and revocation of preparation (CM-13 / BM-14)', () => {
  it('CM-13: an extension granted, then lapsed, leads to a proposed and confirmed revocation', () => {
    const granted = { grantedExtensions: [{ extendedTo: '2027-03-01' }] };
    const states = run('carbon_metrology_centre', 'preparation', [
      ['request_extension', '2026-03-15', { extendedTo: '2027-03-01' }],
      ['grant_extension', '2026-04-01', { extendedTo: '2027-03-01' }],
      ['propose_preparation_revocation', '2027-03-02', granted],
      ['confirm_preparation_revocation', '2027-03-05', granted],
    ]);
    expect(states).toEqual(['preparation', 'extension_requested', 'preparation', 'preparation_revocation_proposed', 'preparation_revoked']);
  });

  it('CM-13: granting sets the new deadline', () => {
    const result = expectOk(
      transition(
        'extension_requested',
        'grant_extension',
        makeContext('carbon_metrology_centre', { extendedTo: '2027-03-01' }),
        at('2026-04-01'),
      ),
    );
    expect(result.effects).toEqual([{ kind: 'set_due_date', due: 'preparation_deadline', dueOn: '2027-03-01', article: 'CM-13' }]);
  });

  it('CM-13: an extension request after deadline − 3 months is refused', () => {
    expect(
      transition(
        'preparation',
        'request_extension',
        makeContext('carbon_metrology_centre', { extendedTo: '2027-03-01' }),
        at('2026-03-16'),
      ),
    ).toMatchObject({
      rule: 'extension_request_late',
      article: 'CM-13',
    });
  });

  it('CM-13: an extension beyond 1 year is refused, at request and at grant', () => {
    const tooLong = makeContext('carbon_metrology_centre', { extendedTo: '2027-06-16' });
    expect(transition('preparation', 'request_extension', tooLong, at('2026-03-01'))).toMatchObject({ rule: 'extension_beyond_one_year' });
    expect(transition('extension_requested', 'grant_extension', tooLong, at('2026-04-01'))).toMatchObject({
      rule: 'extension_beyond_one_year',
    });
    const oneYear = makeContext('carbon_metrology_centre', { extendedTo: '2027-06-15' });
    expect(transition('extension_requested', 'grant_extension', oneYear, at('2026-04-01')).ok).toBe(true);
  });

  it('BM-14: an extension request without a date is refused', () => {
    expect(transition('preparation', 'request_extension', makeContext('data_application_base'), at('2026-03-01'))).toMatchObject({
      rule: 'extension_date_missing',
      article: 'BM-14',
    });
  });

  it('CM-13: revocation is proposed only from the day after the deadline in force', () => {
    expect(transition('preparation', 'propose_preparation_revocation', makeContext(), at('2026-06-15', '23:59'))).toMatchObject({
      rule: 'preparation_deadline_not_passed',
      article: 'CM-13',
    });
    expect(transition('preparation', 'propose_preparation_revocation', makeContext(), at('2026-06-16', '00:00'))).toMatchObject({
      ok: true,
      to: 'preparation_revocation_proposed',
      actor: 'system',
    });
  });

  it('CM-13: a refused extension leaves the original deadline in force', () => {
    expect(
      run('carbon_metrology_centre', 'preparation', [
        ['request_extension', '2026-03-01', { extendedTo: '2026-12-15' }],
        ['refuse_extension', '2026-03-20'],
      ]),
    ).toEqual(['preparation', 'extension_requested', 'preparation']);
    expect(transition('preparation', 'propose_preparation_revocation', makeContext(), at('2026-06-16')).ok).toBe(true);
  });

  it('CM-13: the Province may dismiss a proposal instead of confirming it', () => {
    expect(transition('preparation_revocation_proposed', 'dismiss_revocation_proposal', makeContext(), at('2026-06-20'))).toMatchObject({
      ok: true,
      to: 'preparation',
      actor: 'province',
    });
  });
});

describe('assessment and scoring (CM-14..17 / BM-15..18)', () => {
  it('CM-16: 80 passes', () => {
    expect(transition('assessment', 'record_score', makeContext('carbon_metrology_centre', { score: 80 }), at('2026-05-10'))).toMatchObject(
      {
        ok: true,
        to: 'assessment_passed',
        article: 'CM-16',
      },
    );
  });

  it('CM-16: 79.9 means rectification within 3 months, with the due date set', () => {
    const result = expectOk(
      transition('assessment', 'record_score', makeContext('carbon_metrology_centre', { score: 79.9 }), at('2026-05-31')),
    );
    expect(result.to).toBe('rectification');
    expect(result.effects).toContainEqual({ kind: 'set_due_date', due: 'rectification', dueOn: '2026-08-31', article: 'CM-16' });
    expect(result.effects).toContainEqual({ kind: 'issue_document', document: 'assessment_report', article: 'CM-16' });
  });

  it('CM-16: a score outside 0..100 is refused', () => {
    expect(
      transition('assessment', 'record_score', makeContext('carbon_metrology_centre', { score: 101 }), at('2026-05-10')),
    ).toMatchObject({ rule: 'score_invalid', article: 'CM-16' });
    expect(transition('assessment', 'record_score', makeContext('carbon_metrology_centre', { score: -1 }), at('2026-05-10'))).toMatchObject(
      { rule: 'score_invalid' },
    );
    expect(transition('assessment', 'record_score', makeContext('carbon_metrology_centre'), at('2026-05-10'))).toMatchObject({
      rule: 'score_invalid',
    });
  });

  it('CM-15: a centre’s score needs the random sample recorded', () => {
    const context = makeContext('carbon_metrology_centre', {
      score: 90,
      onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: false },
    });
    expect(transition('assessment', 'record_score', context, at('2026-05-10'))).toMatchObject({
      rule: 'random_sampling_missing',
      article: 'CM-15',
    });
  });

  it('BM-16: a base has no random sampling to record', () => {
    const context = makeContext('data_application_base', {
      score: 90,
      onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: false },
    });
    expect(transition('assessment', 'record_score', context, at('2026-05-10'))).toMatchObject({ ok: true, article: 'BM-17' });
  });

  it('BM-16: the closing meeting (hearing the unit’s opinion) comes before the score', () => {
    const context = makeContext('data_application_base', {
      score: 90,
      onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: false, samplingRecorded: true },
    });
    expect(transition('assessment', 'record_score', context, at('2026-05-10'))).toMatchObject({
      rule: 'on_site_review_incomplete',
      article: 'BM-16',
    });
  });

  it('CM-16, CM-18: a score of 76, rectification, then 82: established', () => {
    const states = run('carbon_metrology_centre', 'assessment', [
      ['record_score', '2026-05-10', { score: 76 }],
      ['report_rectification', '2026-08-10', { rectificationDueOn: '2026-08-10' }],
      ['record_score', '2026-08-20', { score: 82 }],
      ['establish', '2026-09-01'],
    ]);
    expect(states).toEqual(['assessment', 'rectification', 'rescoring', 'assessment_passed', 'established']);
  });

  it('CM-16: rectification reported the day after the 3 months is refused; the lapse comes only then', () => {
    const context = makeContext('carbon_metrology_centre', { rectificationDueOn: '2026-08-10' });
    expect(transition('rectification', 'report_rectification', context, at('2026-08-11', '00:00'))).toMatchObject({
      rule: 'rectification_late',
      article: 'CM-16',
    });
    expect(transition('rectification', 'lapse_rectification', context, at('2026-08-10', '23:59'))).toMatchObject({
      rule: 'rectification_not_lapsed',
    });
    expect(transition('rectification', 'lapse_rectification', context, at('2026-08-11', '00:00'))).toMatchObject({
      ok: true,
      to: 'assessment_failed',
    });
  });

  it('CM-16, CM-17: 70, then 74: fail, a notice, a failed re-assessment: qualification cancelled', () => {
    const states = run('carbon_metrology_centre', 'assessment', [
      ['record_score', '2026-05-10', { score: 70 }],
      ['report_rectification', '2026-08-01', { rectificationDueOn: '2026-08-10' }],
      ['record_score', '2026-08-20', { score: 74 }],
      ['issue_rectification_notice', '2026-09-01', { rectificationNoticeDueOn: '2027-03-01' }],
      ['report_rectification', '2027-03-01', { rectificationNoticeDueOn: '2027-03-01' }],
      ['record_score', '2027-04-01', { score: 75 }],
    ]);
    expect(states).toEqual([
      'assessment',
      'rectification',
      'rescoring',
      'assessment_failed',
      'rectification_notice',
      'reassessment',
      'qualification_cancelled',
    ]);
  });

  it('CM-17: a re-assessment of 80 or more after the notice passes', () => {
    expect(
      transition('reassessment', 'record_score', makeContext('carbon_metrology_centre', { score: 85 }), at('2027-04-01')),
    ).toMatchObject({
      ok: true,
      to: 'assessment_passed',
      article: 'CM-17',
    });
  });

  it('CM-17: a notice allows at most 1 year', () => {
    const issue = (dueOn: string) =>
      transition(
        'assessment_failed',
        'issue_rectification_notice',
        makeContext('carbon_metrology_centre', { rectificationNoticeDueOn: dueOn }),
        at('2026-09-01'),
      );
    const result = expectOk(issue('2027-09-01'));
    expect(result.effects).toContainEqual({ kind: 'issue_document', document: 'rectification_notice', article: 'CM-17' });
    expect(result.effects).toContainEqual({ kind: 'set_due_date', due: 'rectification_notice', dueOn: '2027-09-01', article: 'CM-17' });
    expect(issue('2027-09-02')).toMatchObject({ rule: 'rectification_notice_beyond_one_year', article: 'CM-17' });
  });

  it('BM-18: a base’s notice is refused without a due date, citing BM-18', () => {
    expect(
      transition('assessment_failed', 'issue_rectification_notice', makeContext('data_application_base'), at('2026-09-01')),
    ).toMatchObject({
      rule: 'rectification_notice_due_date_missing',
      article: 'BM-18',
    });
  });

  it('CM-17: when the notice’s time passes unreported, the Province cancels the qualification — not before', () => {
    const context = makeContext('carbon_metrology_centre', { rectificationNoticeDueOn: '2027-03-01' });
    expect(transition('rectification_notice', 'cancel_qualification', context, at('2027-03-01', '23:59'))).toMatchObject({
      rule: 'rectification_notice_not_lapsed',
    });
    expect(transition('rectification_notice', 'cancel_qualification', context, at('2027-03-02', '00:00'))).toMatchObject({
      ok: true,
      to: 'qualification_cancelled',
    });
    expect(transition('rectification_notice', 'report_rectification', context, at('2027-03-02', '00:00'))).toMatchObject({
      rule: 'rectification_notice_late',
    });
  });

  it('CM-17: the notice re-assessment is on site again, so a centre needs its random sample', () => {
    const context = makeContext('carbon_metrology_centre', {
      score: 90,
      onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: false },
    });
    expect(transition('reassessment', 'record_score', context, at('2027-04-01'))).toMatchObject({
      rule: 'random_sampling_missing',
      article: 'CM-15',
    });
  });

  it('CM-14: the preliminary review leads to the assessment or back to preparation', () => {
    expect(transition('acceptance_applied', 'pass_preliminary_review', makeContext(), at('2026-04-01'))).toMatchObject({
      to: 'assessment',
      article: 'CM-14',
    });
    expect(
      transition('acceptance_applied', 'return_acceptance_application', makeContext('data_application_base'), at('2026-04-01')),
    ).toMatchObject({
      to: 'preparation',
      article: 'BM-15',
    });
  });
});

describe('establishment and supervision (CM-18..24 / BM-19..24)', () => {
  it('CM-18, CM-21, CM-24: establishing a centre issues the notice, sets the re-review and requires the confidentiality agreement', () => {
    const result = expectOk(transition('assessment_passed', 'establish', makeContext(), at('2024-02-29')));
    expect(result).toMatchObject({ to: 'established', article: 'CM-18' });
    expect(result.effects).toEqual([
      { kind: 'issue_document', document: 'establishment_notice', article: 'CM-18' },
      { kind: 'set_due_date', due: 're_review', dueOn: '2029-02-28', article: 'CM-24' },
      { kind: 'require_confidentiality_agreement', article: 'CM-21' },
    ]);
  });

  it('BM-19: establishing a base requires no confidentiality agreement (BM has no CM-21)', () => {
    const result = expectOk(transition('assessment_passed', 'establish', makeContext('data_application_base'), at('2026-09-01')));
    expect(result.article).toBe('BM-19');
    expect(result.effects.map((e) => e.kind)).toEqual(['issue_document', 'set_due_date']);
  });

  it('CM-21: a centre’s data leak revokes it; BM: the event does not exist for a base', () => {
    expect(transition('established', 'revoke_for_data_leak', makeContext(), at('2027-01-01'))).toMatchObject({
      ok: true,
      to: 'revoked',
      article: 'CM-21',
    });
    const base = transition('established', 'revoke_for_data_leak', makeContext('data_application_base'), at('2027-01-01'));
    expect(base).toMatchObject({ ok: false, code: 'NOT_FOR_INSTITUTION_TYPE', article: 'CM-21' });
    expect(
      transition('established', 'sign_confidentiality_agreement', makeContext('data_application_base'), at('2027-01-01')),
    ).toMatchObject({
      code: 'NOT_FOR_INSTITUTION_TYPE',
    });
  });

  it('CM-22, BM-21: serious violations revoke, each citing its own article', () => {
    expect(transition('established', 'revoke_for_serious_violation', makeContext(), at('2027-01-01'))).toMatchObject({
      to: 'revoked',
      article: 'CM-22',
    });
    expect(transition('established', 'revoke_for_serious_violation', makeContext('data_application_base'), at('2027-01-01'))).toMatchObject(
      {
        to: 'revoked',
        article: 'BM-21',
      },
    );
  });

  it('CM-20, BM-22: the local bureau’s finding carries a due date after today', () => {
    const finding = (type: InstitutionType, dueOn: string) =>
      transition('established', 'record_local_finding', makeContext(type, { supervisionDueOn: dueOn }), at('2027-01-10'));
    expect(expectOk(finding('carbon_metrology_centre', '2027-01-11')).effects).toEqual([
      { kind: 'set_due_date', due: 'local_finding', dueOn: '2027-01-11', article: 'CM-20' },
    ]);
    expect(finding('data_application_base', '2027-01-10')).toMatchObject({ rule: 'supervision_due_date_invalid', article: 'BM-22' });
  });

  it('CM-23: an inspection still failing after rectification revokes the centre', () => {
    const states = run('carbon_metrology_centre', 'established', [
      ['record_inspection_result', '2027-05-10', { supervisionPassed: false, supervisionDueOn: '2027-08-10' }],
      ['record_recheck_result', '2027-08-20', { supervisionPassed: false }],
    ]);
    expect(states).toEqual(['established', 'inspection_rectification', 'revoked']);
    expect(
      transition(
        'inspection_rectification',
        'record_recheck_result',
        makeContext('carbon_metrology_centre', { supervisionPassed: false }),
        at('2027-08-20'),
      ),
    ).toMatchObject({
      article: 'CM-23',
    });
  });

  it('BM-23: an inspection with problems needs a rectification deadline; a passed recheck restores the base', () => {
    expect(
      transition(
        'established',
        'record_inspection_result',
        makeContext('data_application_base', { supervisionPassed: false }),
        at('2027-05-10'),
      ),
    ).toMatchObject({
      rule: 'supervision_due_date_invalid',
      article: 'BM-23',
    });
    expect(
      transition(
        'inspection_rectification',
        'record_recheck_result',
        makeContext('data_application_base', { supervisionPassed: true }),
        at('2027-08-20'),
      ),
    ).toMatchObject({
      to: 'established',
      article: 'BM-23',
    });
  });

  it('CM-23: an inspection result must say passed or not', () => {
    expect(transition('established', 'record_inspection_result', makeContext(), at('2027-05-10'))).toMatchObject({
      rule: 'supervision_outcome_missing',
      article: 'CM-23',
    });
    expect(
      transition(
        'established',
        'record_inspection_result',
        makeContext('carbon_metrology_centre', { supervisionPassed: true }),
        at('2027-05-10'),
      ),
    ).toMatchObject({
      to: 'established',
    });
  });

  it('CM-24: a failed re-review, still failing after rectification, revokes', () => {
    const states = run('carbon_metrology_centre', 'established', [
      ['record_re_review_result', '2031-06-01', { supervisionPassed: false, supervisionDueOn: '2031-12-01' }],
      ['record_recheck_result', '2031-12-10', { supervisionPassed: false }],
    ]);
    expect(states).toEqual(['established', 're_review_rectification', 'revoked']);
  });

  it('BM-24: lost capability revokes a base; a passed re-review keeps it established', () => {
    expect(transition('established', 'revoke_for_lost_capability', makeContext('data_application_base'), at('2031-06-01'))).toMatchObject({
      article: 'BM-24',
    });
    expect(
      transition(
        'established',
        'record_re_review_result',
        makeContext('data_application_base', { supervisionPassed: true }),
        at('2031-06-01'),
      ),
    ).toMatchObject({
      to: 'established',
      article: 'BM-24',
    });
  });

  it('CM-19, BM-20: annual reports and major changes are recorded without leaving the state', () => {
    expect(transition('established', 'submit_annual_report', makeContext(), at('2027-11-10'))).toMatchObject({
      to: 'established',
      article: 'CM-19',
    });
    expect(
      transition('inspection_rectification', 'report_major_change', makeContext('data_application_base'), at('2027-11-10')),
    ).toMatchObject({
      to: 'inspection_rectification',
      article: 'BM-20',
    });
  });
});

describe('refusals and the event list for the UI (CM-12, CM-13, CM-18)', () => {
  it('CM-18: establishing from preparation is not allowed, naming the state it is allowed in', () => {
    const result = transition('preparation', 'establish', makeContext(), at('2026-01-01'));
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED_FROM_STATE', rule: 'not_allowed_from_state', article: 'CM-18' });
    if (!result.ok) {
      expect(result.message).toContain('考核合格，待同意成立');
      expect(result.messageEn).toContain('assessment passed');
    }
  });

  it('CM-12, CM-13: in preparation before the last day both acceptance and extension are available', () => {
    const events = listAvailableEvents(
      'preparation',
      makeContext('carbon_metrology_centre', { extendedTo: '2027-03-01' }),
      at('2026-03-15'),
    ).map((e) => e.event);
    expect(events).toEqual(['report_major_event', 'request_extension', 'apply_for_acceptance']);
  });

  it('CM-13: after the deadline only the system’s revocation proposal and major-event reports remain; the rest say why', () => {
    const now = at('2026-06-16');
    const context = makeContext('carbon_metrology_centre', { extendedTo: '2027-03-01' });
    expect(listAvailableEvents('preparation', context, now)).toEqual([
      { event: 'report_major_event', actor: 'applicant', to: 'preparation', article: 'CM-11' },
      { event: 'propose_preparation_revocation', actor: 'system', to: 'preparation_revocation_proposed', article: 'CM-13' },
    ]);
    const refused = listEventOptions('preparation', context, now).filter((o) => !o.result.ok);
    expect(refused.map((o) => [o.event, o.result.ok ? '' : o.result.rule])).toEqual([
      ['request_extension', 'extension_request_late'],
      ['apply_for_acceptance', 'acceptance_application_late'],
    ]);
  });

  it('CM-21: a base’s options never list the centre-only events', () => {
    const events = listEventOptions('established', makeContext('data_application_base'), at('2027-01-01')).map((o) => o.event);
    expect(events).not.toContain('revoke_for_data_leak');
    expect(events).not.toContain('sign_confidentiality_agreement');
    expect(events).toContain('revoke_for_serious_violation');
  });
});
