import { ELIGIBILITY_CONDITIONS } from '@jiliang/calc';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ACTOR, fixedClock, makeOrganisation, makeServices, makeUser } from '../../../test/factories.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';

/** The lifecycle service on both stores: row locks, `date` columns as calendar strings, documents in bytea. */
describe.skipIf(!isTestStoreAvailable())(`institution lifecycle on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  let clock: ReturnType<typeof fixedClock>;
  beforeEach(async () => {
    store = await openTestStore();
    clock = fixedClock('2026-05-31T16:30:00.000Z'); // already 1 June 2026 in Shanghai
    services = makeServices(store, clock);
  });
  afterEach(async () => store?.close());

  it('CM-8..CM-11: approval on 1 June (Shanghai) sets the deadline 1 June 2029 and issues two documents', async () => {
    await services.organisations.ensureBureaus(TEST_ACTOR);
    const institution = await makeOrganisation(services, { kind: 'institution', divisionCode: '420502' });
    const lab = await makeOrganisation(services, { kind: 'laboratory', divisionCode: '420111' });
    const expert = await makeUser(services, 'expert', lab.id);
    const evidence = Object.fromEntries(ELIGIBILITY_CONDITIONS.carbon_metrology_centre.map((c) => [c.condition, '附件']));
    await services.institutions.openCase(TEST_ACTOR, institution.id, {
      isDirectApplicant: false,
      isInLocalPlan: false,
      hasLocalGovernmentCommitment: false,
      coBuilderIds: [],
    });
    const step = (event: string, facts: Record<string, unknown> = {}) =>
      services.institutions.applyEvent(TEST_ACTOR, institution.id, { event, facts }, { isProvince: true });
    await step('submit_application', { eligibilityEvidence: evidence, hasConsultationRecord: true, hasTruthfulnessDeclaration: true });
    await step('pass_local_review');
    await services.institutions.createPanel(TEST_ACTOR, institution.id, {
      purpose: 'application_review',
      leaderUserId: expert.id,
      memberUserIds: [expert.id],
    });
    const approved = await step('approve_preparation', { expertOpinion: { materialReviewPassed: true, onSiteCheckPassed: true } });
    expect(approved).toMatchObject({
      state: 'preparation',
      preparationDeadline: '2029-06-01',
      nextDueOn: '2029-03-01',
      nextDueKind: 'acceptance_application',
    });
    expect(approved.facts.preparationApprovedOn).toBe('2026-06-01');
    const docs = await services.institutions.listDocuments(institution.id);
    expect(docs.map((d) => d.docNumber)).toEqual(['鄂市监量〔2026〕1号', '鄂市监量〔2026〕2号']);
    expect(docs.every((d) => !d.title.includes('\n') && !d.title.includes(' '))).toBe(true);
    const pdf = await services.institutions.getDocumentFile(institution.id, docs[0]?.id ?? '', 'pdf');
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await verifyAuditChain(store.db)).ok).toBe(true);
  });

  it('CM-8: a refused step changes nothing (state, timeline, documents)', async () => {
    await services.organisations.ensureBureaus(TEST_ACTOR);
    const institution = await makeOrganisation(services, { kind: 'institution', divisionCode: '420502' });
    await services.institutions.openCase(TEST_ACTOR, institution.id, {
      isDirectApplicant: false,
      isInLocalPlan: false,
      hasLocalGovernmentCommitment: false,
      coBuilderIds: [],
    });
    await expect(
      services.institutions.applyEvent(TEST_ACTOR, institution.id, { event: 'submit_application', facts: {} }, { isProvince: true }),
    ).rejects.toMatchObject({
      code: 'LIFECYCLE_RULE',
    });
    const view = await services.institutions.getCase(institution.id);
    expect(view).toMatchObject({ state: 'application_draft', version: 1, timeline: [] });
  });
});
