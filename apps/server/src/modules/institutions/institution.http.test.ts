import { ELIGIBILITY_CONDITIONS, addMonths, addYears, drawSample, toShanghaiDate } from '@jiliang/calc';
import type { InstitutionType } from '@jiliang/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR, makeOrganisation, makeUser } from '../../../test/factories.ts';
import { buildTestApp, login, snapshotTestApp, type Session, type TestApp } from '../../../test/test-app.ts';

/**
 * Scenario tests of issue 3 through the HTTP API, each named with the articles it walks through.
 * Time moves with the test clock; calendar days are Asia/Shanghai.
 */
type Actors = {
  staff: Session;
  officer: Session;
  admin: Session;
  leader: Session;
  institutionId: string;
  leaderId: string;
  memberId: string;
};

const T0 = '2026-03-02T02:00:00.000Z'; // 2026-03-02 10:00 in Shanghai

const setUp = async (t: TestApp, type: InstitutionType = 'carbon_metrology_centre'): Promise<Actors> => {
  const { provinceId, bureauIds } = await t.services.organisations.ensureBureaus(TEST_ACTOR);
  const institution = await makeOrganisation(t.services, { kind: 'institution', divisionCode: '420606', name: '襄阳测试碳计量中心' });
  if (type === 'data_application_base')
    await t.store.db.updateTable('institutions').set({ institutionType: type }).where('organisationId', '=', institution.id).execute();
  const lab = await makeOrganisation(t.services, { kind: 'laboratory', divisionCode: '420111', name: '武汉测试校准实验室' });
  const staff = await makeUser(t.services, 'institution_staff', institution.id, 'staff.x');
  const officer = await makeUser(t.services, 'local_officer', bureauIds['420600'] ?? '', 'officer.x');
  const admin = await makeUser(t.services, 'province_admin', provinceId, 'admin.x');
  const leader = await makeUser(t.services, 'expert', lab.id, 'expert.leader');
  const member = await makeUser(t.services, 'expert', lab.id, 'expert.member');
  void staff;
  return {
    staff: await login(t.app, 'staff.x'),
    officer: await login(t.app, 'officer.x'),
    admin: await login(t.app, 'admin.x'),
    leader: await login(t.app, 'expert.leader'),
    institutionId: institution.id,
    leaderId: leader.id,
    memberId: member.id,
    ...{ adminId: admin.id, officerId: officer.id },
  };
};

/** Move the clock; sessions expire after 12 h, so everyone signs in again (as people would). */
const advance = async (t: TestApp, a: Actors, iso: string) => {
  t.clock.set(iso);
  a.staff = await login(t.app, 'staff.x');
  a.officer = await login(t.app, 'officer.x');
  a.admin = await login(t.app, 'admin.x');
  a.leader = await login(t.app, 'expert.leader');
};

const step = async (
  t: TestApp,
  who: Session,
  institutionId: string,
  event: string,
  facts: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/institutions/${institutionId}/case/events`,
    headers: who.headers,
    payload: { event, facts, ...extra },
  });

const expectState = async (
  t: TestApp,
  who: Session,
  institutionId: string,
  event: string,
  state: string,
  facts: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => {
  const response = await step(t, who, institutionId, event, facts, extra);
  expect({ event, status: response.statusCode, state: response.json().state, message: response.json().message }).toMatchObject({
    event,
    status: 200,
    state,
  });
  return response.json();
};

const POPULATION = {
  verificationCalibration: ['电能表检定', '燃气流量计校准', '蒸汽流量计校准', '电子汽车衡检定', '烟气排放连续监测系统校准', '热量表检定'],
  keyParameter: ['CO2浓度', '煤质低位发热量', '蒸汽焓值', '氧含量'],
};

/** CM-15: the team leader draws this round's sample before the score is final. */
const sample = async (t: TestApp, a: Actors, seed = 'seed-1') => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/institutions/${a.institutionId}/case/scoring/sampling`,
    headers: a.leader.headers,
    payload: { share: 0.3, seed, population: POPULATION },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

const evidenceFor = (type: InstitutionType) =>
  Object.fromEntries(ELIGIBILITY_CONDITIONS[type].map((c) => [c.condition, `证明材料：${c.zh}`]));
const MEETINGS = { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: true };

/** Application → local review → provincial review → preparation (CM-7..CM-11). */
const reachPreparation = async (t: TestApp, a: Actors, type: InstitutionType = 'carbon_metrology_centre') => {
  const opened = await t.app.inject({
    method: 'POST',
    url: `/api/institutions/${a.institutionId}/case`,
    headers: a.staff.headers,
    payload: { isInLocalPlan: true, hasLocalGovernmentCommitment: true },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  expect(opened.json()).toMatchObject({ state: 'application_draft', isPriority: true });
  await expectState(t, a.staff, a.institutionId, 'submit_application', 'local_review', {
    eligibilityEvidence: evidenceFor(type),
    hasConsultationRecord: true,
    hasTruthfulnessDeclaration: true,
  });
  await expectState(t, a.officer, a.institutionId, 'pass_local_review', 'provincial_review');
  return expectState(t, a.admin, a.institutionId, 'approve_preparation', 'preparation', {
    expertOpinion: { materialReviewPassed: true, onSiteCheckPassed: true },
  });
};

const formPanel = async (t: TestApp, a: Actors, purpose: string) => {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/institutions/${a.institutionId}/case/panels`,
    headers: a.admin.headers,
    payload: { purpose, leaderUserId: a.leaderId, memberUserIds: [a.memberId] },
  });
  expect(response.statusCode, response.body).toBe(201);
};

/** Preparation → acceptance application → preliminary review → assessment (CM-12..CM-15). */
const reachAssessment = async (t: TestApp, a: Actors) => {
  await advance(t, a, '2028-06-01T02:00:00.000Z');
  await expectState(t, a.staff, a.institutionId, 'apply_for_acceptance', 'acceptance_applied', {
    acceptanceApplication: { hasCompetentDepartmentConsent: true, hasSummaryReport: true, hasFollowUpPlan: true },
  });
  await expectState(t, a.admin, a.institutionId, 'pass_preliminary_review', 'assessment');
  await formPanel(t, a, 'acceptance_assessment');
};

/** A store as a scenario left it: its rows, the sessions signed in (rows of that store) and the clock's time. */
type Stage = { snapshot: Blob; actors: Actors; at: string };
type StageName = 'signedIn' | 'preparation' | 'assessment';

describe('institution lifecycle through the HTTP API', () => {
  /**
   * Most scenarios start part-way along the path. Each stage is walked once, by the same HTTP steps and assertions
   * (setUp, reachPreparation, reachAssessment), and kept as a snapshot of the whole store. Every test loads its own
   * copy into a new store and app, so tests share no rows and do not depend on one another or on their order.
   */
  const stages = {} as Record<StageName, Stage>;
  /** What approve_preparation answered on the way to the 'preparation' stage (checked by the straight path). */
  let prepared: { preparationDeadline: string; nextDueKind: string; nextDueOn: string };
  beforeAll(async () => {
    const walk = await buildTestApp();
    try {
      walk.clock.set(T0);
      const actors = await setUp(walk);
      const keep = async (): Promise<Stage> => ({
        snapshot: await snapshotTestApp(walk),
        actors: { ...actors },
        at: walk.clock.now().toISOString(),
      });
      stages.signedIn = await keep();
      prepared = await reachPreparation(walk, actors);
      stages.preparation = await keep();
      await reachAssessment(walk, actors);
      stages.assessment = await keep();
    } finally {
      await walk.close();
    }
  });

  let t: TestApp;
  let a: Actors;
  const opened: TestApp[] = [];
  const startAt = async (name: StageName) => {
    const stage = stages[name];
    t = await buildTestApp({}, { from: stage.snapshot });
    opened.push(t);
    t.clock.set(stage.at);
    a = { ...stage.actors };
  };
  afterEach(async () => {
    for (const app of opened.splice(0)) await app.close();
  });

  it('CM-7..CM-18: the straight path from application to establishment', async () => {
    await startAt('preparation');
    expect(prepared.preparationDeadline).toBe('2029-03-02'); // CM-11: approval + 3 years
    expect(prepared.nextDueKind).toBe('acceptance_application');
    expect(prepared.nextDueOn).toBe('2028-12-02'); // CM-13: 3 months before the deadline
    // CM-10, CM-11: the task book's items are tracked during preparation.
    const items = (
      await t.app.inject({ method: 'GET', url: `/api/institutions/${a.institutionId}/case/task-book`, headers: a.staff.headers })
    ).json();
    expect(items.filter((i: { kind: string }) => i.kind === 'milestone').length).toBeGreaterThan(0);
    const updated = await t.app.inject({
      method: 'PATCH',
      url: `/api/institutions/${a.institutionId}/case/task-book/${items[0].id}`,
      headers: a.staff.headers,
      payload: { progress: 60, status: 'open' },
    });
    expect(updated.json().find((i: { id: string }) => i.id === items[0].id).progress).toBe(60);
    await reachAssessment(t, a);
    await sample(t, a);
    await expectState(t, a.leader, a.institutionId, 'record_score', 'assessment_passed', { score: 86, onSiteReview: MEETINGS });
    const established = await expectState(t, a.admin, a.institutionId, 'establish', 'established');
    expect(established.establishedOn).toBe('2028-06-01');
    expect(established.certificateNumber).toBe('鄂碳计量中心证字〔2028〕第1号');
    expect(established.timeline.map((e: { event: string; article: string }) => `${e.event}:${e.article}`)).toEqual([
      'submit_application:CM-8',
      'pass_local_review:CM-8',
      'approve_preparation:CM-10',
      'apply_for_acceptance:CM-12',
      'pass_preliminary_review:CM-14',
      'record_score:CM-16',
      'establish:CM-18',
    ]);
    // CM-10, CM-16, CM-18: the documents issued on the way, numbered 鄂市监量〔year〕N号, as DOCX and PDF.
    const docs = (
      await t.app.inject({ method: 'GET', url: `/api/institutions/${a.institutionId}/case/documents`, headers: a.staff.headers })
    ).json();
    expect(docs.map((d: { kind: string }) => d.kind)).toEqual([
      'approval_document',
      'preparation_task_book',
      'assessment_report',
      'establishment_notice',
    ]);
    expect(docs[0].docNumber).toBe('鄂市监量〔2026〕1号');
    expect(docs[3].docNumber).toBe('鄂市监量〔2028〕2号');
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/institutions/${a.institutionId}/case/documents/${docs[3].id}.pdf`,
      headers: a.staff.headers,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await t.app.inject({
      method: 'GET',
      url: `/api/institutions/${a.institutionId}/case/documents/${docs[0].id}.docx`,
      headers: a.staff.headers,
    });
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(decodeURIComponent(String(docx.headers['content-disposition']))).toContain('鄂市监量〔2026〕1号');
    const chain = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: a.admin.headers });
    expect(chain.json().ok).toBe(true);
  });

  it('CM-13: a late acceptance application is refused, citing the article, and nothing changes', async () => {
    await startAt('preparation');
    await advance(t, a, '2029-01-15T02:00:00.000Z'); // after 2028-12-02, the last day 3 months before 2029-03-02
    const response = await step(t, a.staff, a.institutionId, 'apply_for_acceptance', {
      acceptanceApplication: { hasCompetentDepartmentConsent: true, hasSummaryReport: true, hasFollowUpPlan: true },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'LIFECYCLE_RULE', details: { article: 'CM-13' } });
    expect(response.json().message).toContain('CM-13');
    const view = await t.app.inject({ method: 'GET', url: `/api/institutions/${a.institutionId}/case`, headers: a.staff.headers });
    expect(view.json().state).toBe('preparation');
  });

  it('CM-13: an extension granted, then lapsed, leads to revocation of the preparation qualification', async () => {
    await startAt('preparation');
    await advance(t, a, '2028-10-01T02:00:00.000Z');
    await expectState(t, a.staff, a.institutionId, 'request_extension', 'extension_requested', { extendedTo: '2029-09-01' });
    const granted = await expectState(t, a.admin, a.institutionId, 'grant_extension', 'preparation', { extendedTo: '2029-09-01' });
    expect(granted.preparationDeadline).toBe('2029-09-01');
    await advance(t, a, '2029-09-02T02:00:00.000Z');
    const sweep = await t.app.inject({ method: 'POST', url: '/api/institutions/sweep', headers: a.admin.headers });
    expect(sweep.json().applied).toEqual([{ organisationId: a.institutionId, event: 'propose_preparation_revocation' }]);
    await expectState(t, a.admin, a.institutionId, 'confirm_preparation_revocation', 'preparation_revoked');
  });

  it('CM-13: an extension beyond one year in total is refused', async () => {
    await startAt('preparation');
    await advance(t, a, '2028-10-01T02:00:00.000Z');
    const response = await step(t, a.staff, a.institutionId, 'request_extension', { extendedTo: '2030-03-03' });
    expect(response.statusCode).toBe(422);
    expect(response.json().details.article).toBe('CM-13');
  });

  it('CM-16: a score of 76, rectification within 3 months, then 82: established', async () => {
    await startAt('assessment');
    await sample(t, a);
    const rectifying = await expectState(t, a.leader, a.institutionId, 'record_score', 'rectification', {
      score: 76,
      onSiteReview: MEETINGS,
    });
    expect(rectifying.nextDueOn).toBe('2028-09-01'); // CM-16: 3 months after the score
    await advance(t, a, '2028-08-20T02:00:00.000Z');
    await expectState(t, a.staff, a.institutionId, 'report_rectification', 'rescoring');
    await expectState(t, a.leader, a.institutionId, 'record_score', 'assessment_passed', { score: 82 });
    await expectState(t, a.admin, a.institutionId, 'establish', 'established');
  });

  it('CM-16, CM-17: 70, then 74: fail, a rectification notice, a failed re-assessment: qualification cancelled', async () => {
    await startAt('assessment');
    await sample(t, a);
    await expectState(t, a.leader, a.institutionId, 'record_score', 'rectification', { score: 70, onSiteReview: MEETINGS });
    await expectState(t, a.staff, a.institutionId, 'report_rectification', 'rescoring');
    await expectState(t, a.leader, a.institutionId, 'record_score', 'assessment_failed', { score: 74 });
    const tooLong = await step(t, a.admin, a.institutionId, 'issue_rectification_notice', {
      rectificationNoticeDueOn: addYears(toShanghaiDate(t.clock.now()), 2),
    });
    expect(tooLong.json()).toMatchObject({ code: 'LIFECYCLE_RULE', details: { article: 'CM-17' } });
    const dueOn = addMonths(toShanghaiDate(t.clock.now()), 6);
    const notice = await expectState(t, a.admin, a.institutionId, 'issue_rectification_notice', 'rectification_notice', {
      rectificationNoticeDueOn: dueOn,
    });
    expect(notice.nextDueOn).toBe(dueOn);
    await expectState(t, a.staff, a.institutionId, 'report_rectification', 'reassessment');
    await sample(t, a, 'seed-reassessment'); // CM-17: the re-assessment samples again
    await expectState(t, a.leader, a.institutionId, 'record_score', 'qualification_cancelled', { score: 75, onSiteReview: MEETINGS });
  });

  it('CM-15: a centre’s score is refused until the random sample is drawn, whatever the form claims', async () => {
    await startAt('assessment');
    const response = await step(t, a.leader, a.institutionId, 'record_score', { score: 90, onSiteReview: MEETINGS });
    expect(response.json()).toMatchObject({ code: 'LIFECYCLE_RULE', details: { article: 'CM-15' } });
  });

  it('CM-15: the sample is reproducible from its recorded share and seed, and cannot be redrawn in the round', async () => {
    await startAt('assessment');
    const first = await sample(t, a, 'public-seed');
    expect(first.sampling).toMatchObject({ share: 0.3, seed: 'public-seed', population: POPULATION });
    expect(first.sampling.drawn.verificationCalibration).toHaveLength(2); // ceil(0.3 × 6)
    expect(first.sampling.drawn.keyParameter).toEqual(drawSample(POPULATION.keyParameter, 0.3, 'public-seed/key-parameter'));
    expect(first.sampling.drawn.verificationCalibration).toEqual(
      drawSample(POPULATION.verificationCalibration, 0.3, 'public-seed/verification-calibration'),
    );
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${a.institutionId}/case/scoring/sampling`,
      headers: a.leader.headers,
      payload: { share: 0.3, population: POPULATION },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('CM-15');
  });

  it('CM-14, CM-16: each member scores the sheet; the leader finalises the mean (half-up to 0.1)', async () => {
    await startAt('assessment');
    const member = await login(t.app, 'expert.member');
    const template = (
      await t.app.inject({ method: 'GET', url: '/api/institutions/scoring-templates/carbon_metrology_centre', headers: a.admin.headers })
    ).json();
    const scaled = (factor: number) =>
      Object.fromEntries(template.items.map((i: { code: string; weight: number }) => [i.code, Math.round(i.weight * factor * 10) / 10]));
    const sheet = (who: Session, scores: Record<string, number>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/institutions/${a.institutionId}/case/scoring/sheets`,
        headers: who.headers,
        payload: { scores },
      });
    expect((await sheet(a.leader, scaled(0.8))).json().sheets).toHaveLength(1);
    const both = (await sheet(member, scaled(0.9))).json();
    expect(both.sheets.map((s: { total: number }) => s.total).sort()).toEqual([80, 90]);
    expect(both.proposedScore).toBe(85);
    expect((await sheet(a.admin, scaled(1))).statusCode).toBe(403);
    const overweight = await sheet(member, { ...scaled(0.9), standards: 25 });
    expect(overweight.statusCode).toBe(400);
    expect(overweight.json().message).toContain('CM-16');
    await sample(t, a);
    const passed = await expectState(t, a.leader, a.institutionId, 'record_score', 'assessment_passed', { onSiteReview: MEETINGS });
    expect(passed.timeline.at(-1).payload.facts.score).toBe(85);
  });

  it('CM-16: the Province edits a scoring sheet only if its weights sum to 100', async () => {
    await startAt('signedIn');
    const url = '/api/institutions/scoring-templates/carbon_metrology_centre';
    const template = (await t.app.inject({ method: 'GET', url, headers: a.admin.headers })).json();
    const items = template.items.map((i: { weight: number }, index: number) => (index === 0 ? { ...i, weight: i.weight - 1 } : i));
    const refused = await t.app.inject({ method: 'PUT', url, headers: a.admin.headers, payload: { items } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('sum to 99');
    const renamed = template.items.map((i: { title: string }, index: number) =>
      index === 0 ? { ...i, title: '组织机构、制度与人员' } : i,
    );
    const saved = await t.app.inject({ method: 'PUT', url, headers: a.admin.headers, payload: { items: renamed } });
    expect(saved.json().items[0].title).toBe('组织机构、制度与人员');
  });

  it('CM-14: only the panel’s team leader finalises the score', async () => {
    await startAt('assessment');
    const member = await login(t.app, 'expert.member');
    const response = await step(t, member, a.institutionId, 'record_score', { score: 90, onSiteReview: MEETINGS });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toContain('CM-14');
  });

  it('CM-19: a missed annual report shows as overdue on the Province’s board from 1 December', async () => {
    await startAt('assessment');
    await sample(t, a);
    await expectState(t, a.leader, a.institutionId, 'record_score', 'assessment_passed', { score: 88, onSiteReview: MEETINGS });
    await expectState(t, a.admin, a.institutionId, 'establish', 'established');
    await advance(t, a, '2028-11-30T15:00:00.000Z'); // 23:00 on 30 November in Shanghai: still due, not overdue
    let board = await t.app.inject({ method: 'GET', url: '/api/institutions/pipeline', headers: a.admin.headers });
    expect(board.json().cases[0]).toMatchObject({
      organisationId: a.institutionId,
      nextDueKind: 'annual_report',
      nextDueOn: '2028-11-30',
      isOverdue: false,
    });
    await advance(t, a, '2028-11-30T16:00:00.000Z'); // 00:00 on 1 December in Shanghai
    board = await t.app.inject({ method: 'GET', url: '/api/institutions/pipeline', headers: a.admin.headers });
    expect(board.json().cases[0]).toMatchObject({ isOverdue: true });
    expect(board.json().stages.find((s: { state: string }) => s.state === 'established').count).toBe(1);
    // CM-19: a late report is still received; the year is then settled and cannot be filed twice.
    const report = { year: 2028, summary: '2028年度工作总结：完成计量标准建设与服务任务。' };
    await expectState(t, a.staff, a.institutionId, 'submit_annual_report', 'established', {}, { annualReport: report });
    board = await t.app.inject({ method: 'GET', url: '/api/institutions/pipeline', headers: a.admin.headers });
    expect(board.json().cases[0]).toMatchObject({ nextDueKind: 'annual_report', nextDueOn: '2029-11-30', isOverdue: false });
    const twice = await step(t, a.staff, a.institutionId, 'submit_annual_report', {}, { annualReport: report });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('CM-19');
  });

  it('CM-23: an inspection still failing after rectification ends in revocation', async () => {
    await startAt('assessment');
    await sample(t, a);
    await expectState(t, a.leader, a.institutionId, 'record_score', 'assessment_passed', { score: 91, onSiteReview: MEETINGS });
    await expectState(t, a.admin, a.institutionId, 'establish', 'established');
    await formPanel(t, a, 'inspection');
    await advance(t, a, '2029-04-01T02:00:00.000Z');
    await expectState(t, a.leader, a.institutionId, 'record_inspection_result', 'inspection_rectification', {
      supervisionPassed: false,
      supervisionDueOn: '2029-06-30',
    });
    await expectState(t, a.admin, a.institutionId, 'record_recheck_result', 'revoked', { supervisionPassed: false });
  });

  it('CM-10: an expert may not sit on a panel for the institution or its co-builders', async () => {
    await startAt('signedIn');
    const coBuilder = await makeOrganisation(t.services, { kind: 'laboratory', divisionCode: '420606', name: '共建实验室' });
    await makeUser(t.services, 'expert', coBuilder.id, 'expert.conflicted');
    const conflicted = (await t.services.users.findUserIdByUsername('expert.conflicted')) as string;
    await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${a.institutionId}/case`,
      headers: a.staff.headers,
      payload: { coBuilderIds: [coBuilder.id] },
    });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/institutions/${a.institutionId}/case/panels`,
      headers: a.admin.headers,
      payload: { purpose: 'application_review', leaderUserId: a.leaderId, memberUserIds: [conflicted] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('CM-10');
  });

  it('CM-10: an expert sees the institution once on its panel, and not before', async () => {
    await startAt('preparation');
    const before = await t.app.inject({ method: 'GET', url: `/api/institutions/${a.institutionId}/case`, headers: a.leader.headers });
    expect(before.statusCode).toBe(403);
    await formPanel(t, a, 'application_review');
    const leader = await login(t.app, 'expert.leader');
    const after = await t.app.inject({ method: 'GET', url: `/api/institutions/${a.institutionId}/case`, headers: leader.headers });
    expect(after.statusCode).toBe(200);
    const panels = (
      await t.app.inject({ method: 'GET', url: `/api/institutions/${a.institutionId}/case/panels`, headers: leader.headers })
    ).json();
    expect(panels).toEqual([
      expect.objectContaining({ purpose: 'application_review', leaderUserId: a.leaderId, memberNames: ['expert.leader', 'expert.member'] }),
    ]);
  });

  it('CM-8: a local officer of another prefecture cannot pass the local review', async () => {
    await startAt('signedIn');
    const { bureauIds } = await t.services.organisations.ensureBureaus(TEST_ACTOR);
    await makeUser(t.services, 'local_officer', bureauIds['420100'] ?? '', 'officer.wuhan.x');
    const wuhan = await login(t.app, 'officer.wuhan.x');
    await t.app.inject({ method: 'POST', url: `/api/institutions/${a.institutionId}/case`, headers: a.staff.headers, payload: {} });
    await expectState(t, a.staff, a.institutionId, 'submit_application', 'local_review', {
      eligibilityEvidence: evidenceFor('carbon_metrology_centre'),
      hasConsultationRecord: true,
      hasTruthfulnessDeclaration: true,
    });
    expect((await step(t, wuhan, a.institutionId, 'pass_local_review')).statusCode).toBe(403);
    expect((await step(t, a.staff, a.institutionId, 'pass_local_review')).statusCode).toBe(403);
  });
});

describe('metrology data application base (BM) lifecycle', () => {
  let t: TestApp;
  afterEach(async () => t?.close());

  it('BM-16, BM-19: a base needs no random sampling and cites BM articles; CM-21 does not apply to it', async () => {
    t = await buildTestApp();
    t.clock.set(T0);
    const a = await setUp(t, 'data_application_base');
    await reachPreparation(t, a, 'data_application_base');
    await reachAssessment(t, a);
    await expectState(t, a.leader, a.institutionId, 'record_score', 'assessment_passed', {
      score: 85,
      onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: false },
    });
    const established = await expectState(t, a.admin, a.institutionId, 'establish', 'established');
    expect(established.timeline.at(-1).article).toBe('BM-19');
    const leak = await step(t, a.admin, a.institutionId, 'revoke_for_data_leak');
    expect(leak.statusCode).toBe(422);
    expect(leak.json().message).toContain('CM-21');
  });
});
