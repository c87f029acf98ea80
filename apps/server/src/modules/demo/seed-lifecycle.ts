import { ELIGIBILITY_CONDITIONS } from '@jiliang/calc';
import { computeCreditCodeCheckChar, type InstitutionType } from '@jiliang/shared';
import type { Services } from '../../services.ts';
import type { AuditActor } from '../audit/audit.service.ts';

/**
 * The demo's institutions walked through the Measures with the clock set to past dates, so the board,
 * the calendar, the timelines and the documents show every stage (issue 3): established, preparation,
 * local review, rectification, rectification notice, assessment, extension requested. Fictional.
 */
export type SettableClock = { now: () => Date; set: (iso: string) => void };

type Script = { key: string; type: InstitutionType; steps: Step[] };
type Step =
  | { at: string; event: string; facts?: Record<string, unknown>; annualReport?: { year: number; summary: string } }
  | { at: string; open: { isDirectApplicant?: boolean; isInLocalPlan?: boolean; hasLocalGovernmentCommitment?: boolean } }
  | { at: string; panel: 'application_review' | 'acceptance_assessment' }
  | { at: string; sample: true };

const evidence = (type: InstitutionType) =>
  Object.fromEntries(ELIGIBILITY_CONDITIONS[type].map((c) => [c.condition, `见申报书附件：${c.zh}`]));
const application = (type: InstitutionType) => ({
  eligibilityEvidence: evidence(type),
  hasConsultationRecord: true,
  hasTruthfulnessDeclaration: true,
});
const REVIEW = { expertOpinion: { materialReviewPassed: true, onSiteCheckPassed: true } };
const ACCEPTANCE = { acceptanceApplication: { hasCompetentDepartmentConsent: true, hasSummaryReport: true, hasFollowUpPlan: true } };
const MEETINGS = { onSiteReview: { openingMeetingHeld: true, closingMeetingHeld: true, samplingRecorded: true } };
const POPULATION = {
  verificationCalibration: [
    '0.2S级电能表检定',
    '气体涡轮流量计校准',
    '涡街流量计（蒸汽）校准',
    '电子汽车衡检定',
    '烟气CEMS比对校准',
    '热量表检定',
    '氧化锆氧量分析仪校准',
    '皮带秤检定',
  ],
  keyParameter: ['烟气CO2浓度', '燃煤低位发热量', '蒸汽焓值', '石灰石碳酸钙含量', '天然气组分'],
};

const toPreparation = (type: InstitutionType, start: string, approved: string, direct = false): Step[] => [
  { at: start, open: { isDirectApplicant: direct, isInLocalPlan: true, hasLocalGovernmentCommitment: true } },
  { at: start, event: 'submit_application', facts: application(type) },
  ...(direct ? [] : [{ at: addDays(start, 20), event: 'pass_local_review' }]),
  { at: addDays(start, 40), panel: 'application_review' as const },
  { at: approved, event: 'approve_preparation', facts: REVIEW },
];

const toAssessment = (applied: string): Step[] => [
  { at: applied, event: 'apply_for_acceptance', facts: ACCEPTANCE },
  { at: addDays(applied, 15), event: 'pass_preliminary_review' },
  { at: addDays(applied, 20), panel: 'acceptance_assessment' },
];

function addDays(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();
}

/** Extra institutions (besides demo-data's three) so that every stage is on the board. */
export const EXTRA_INSTITUTIONS: {
  key: string;
  name: string;
  nameEn: string;
  divisionCode: string;
  type: InstitutionType;
  orgCode: string;
}[] = [
  {
    key: 'inst-jingmen-cmc',
    name: '湖北省荆门化工碳计量中心',
    nameEn: 'Hubei Jingmen Chemical Industry Carbon Metrology Centre',
    divisionCode: '420804',
    type: 'carbon_metrology_centre',
    orgCode: 'MB1A2C3D4',
  },
  {
    key: 'inst-huangshi-cmc',
    name: '湖北省黄石建材碳计量中心',
    nameEn: 'Hubei Huangshi Building Materials Carbon Metrology Centre',
    divisionCode: '420202',
    type: 'carbon_metrology_centre',
    orgCode: 'MB2B3C4D5',
  },
  {
    key: 'inst-shiyan-base',
    name: '湖北省十堰商用车计量数据建设应用基地',
    nameEn: 'Hubei Shiyan Commercial Vehicle Metrology Data Application Base',
    divisionCode: '420303',
    type: 'data_application_base',
    orgCode: 'MB3C4D5E6',
  },
  {
    key: 'inst-xianning-cmc',
    name: '湖北省咸宁清洁能源碳计量中心',
    nameEn: 'Hubei Xianning Clean Energy Carbon Metrology Centre',
    divisionCode: '421202',
    type: 'carbon_metrology_centre',
    orgCode: 'MB4D5E6F7',
  },
  {
    key: 'inst-xiaogan-base',
    name: '湖北省孝感纺织计量数据建设应用基地',
    nameEn: 'Hubei Xiaogan Textile Metrology Data Application Base',
    divisionCode: '420902',
    type: 'data_application_base',
    orgCode: 'MB5E6F7G8',
  },
  {
    key: 'inst-jingzhou-cmc',
    name: '湖北省荆州石化碳计量中心',
    nameEn: 'Hubei Jingzhou Petrochemical Carbon Metrology Centre',
    divisionCode: '421002',
    type: 'carbon_metrology_centre',
    orgCode: 'MB6F7G8H9',
  },
];

export const creditCodeFor = (divisionCode: string, orgCode: string): string => {
  const first17 = `12${divisionCode}${orgCode}`;
  return first17 + computeCreditCodeCheckChar(first17);
};

const SCRIPTS: Script[] = [
  {
    // Preparation ran out without an acceptance application: proposed by the clock, confirmed by the Province (CM-13).
    key: 'inst-xiaogan-base',
    type: 'data_application_base',
    steps: [
      ...toPreparation('data_application_base', '2023-01-10T02:00:00Z', '2023-04-03T02:00:00Z'),
      { at: '2026-04-04T02:00:00Z', event: 'propose_preparation_revocation' },
      { at: '2026-04-20T02:00:00Z', event: 'confirm_preparation_revocation' },
    ],
  },
  {
    // Passed on 18 November (84 points); the Province has yet to agree to its establishment (CM-18).
    key: 'inst-jingzhou-cmc',
    type: 'carbon_metrology_centre',
    steps: [
      ...toPreparation('carbon_metrology_centre', '2023-09-01T02:00:00Z', '2024-01-15T02:00:00Z'),
      ...toAssessment('2026-09-01T02:00:00Z'),
      { at: '2026-11-17T02:00:00Z', sample: true },
      { at: '2026-11-18T02:00:00Z', event: 'record_score', facts: { score: 84, ...MEETINGS } },
    ],
  },
  {
    // Established (CM-18) in spring 2026; its first annual report is due this November (CM-19).
    key: 'inst-chutian-cmc',
    type: 'carbon_metrology_centre',
    steps: [
      ...toPreparation('carbon_metrology_centre', '2023-04-10T02:00:00Z', '2023-07-20T02:00:00Z', true),
      ...toAssessment('2025-12-15T02:00:00Z'),
      { at: '2026-01-20T02:00:00Z', sample: true },
      { at: '2026-01-21T02:00:00Z', event: 'record_score', facts: { score: 87.5, ...MEETINGS } },
      { at: '2026-03-16T02:00:00Z', event: 'establish' },
      { at: '2026-04-01T02:00:00Z', event: 'sign_confidentiality_agreement' },
    ],
  },
  {
    key: 'inst-yichang-cmc',
    type: 'carbon_metrology_centre',
    steps: toPreparation('carbon_metrology_centre', '2024-05-06T02:00:00Z', '2024-09-02T02:00:00Z'),
  },
  {
    key: 'inst-xiangyang-base',
    type: 'data_application_base',
    steps: [
      { at: '2026-10-09T02:00:00Z', open: { isInLocalPlan: true, hasLocalGovernmentCommitment: false } },
      { at: '2026-10-30T02:00:00Z', event: 'submit_application', facts: application('data_application_base') },
    ],
  },
  {
    // Scored 76: rectifying within 3 months (CM-16), due in early 2027.
    key: 'inst-jingmen-cmc',
    type: 'carbon_metrology_centre',
    steps: [
      ...toPreparation('carbon_metrology_centre', '2023-06-01T02:00:00Z', '2023-09-15T02:00:00Z'),
      ...toAssessment('2026-06-01T02:00:00Z'),
      { at: '2026-09-25T02:00:00Z', sample: true },
      { at: '2026-09-26T02:00:00Z', event: 'record_score', facts: { score: 76, ...MEETINGS } },
    ],
  },
  {
    // 72, then 77 after rectification: failed, under a rectification notice (CM-17).
    key: 'inst-huangshi-cmc',
    type: 'carbon_metrology_centre',
    steps: [
      ...toPreparation('carbon_metrology_centre', '2023-03-20T02:00:00Z', '2023-06-30T02:00:00Z'),
      ...toAssessment('2025-11-10T02:00:00Z'),
      { at: '2025-12-05T02:00:00Z', sample: true },
      { at: '2025-12-06T02:00:00Z', event: 'record_score', facts: { score: 72, ...MEETINGS } },
      { at: '2026-02-28T02:00:00Z', event: 'report_rectification' },
      { at: '2026-03-10T02:00:00Z', event: 'record_score', facts: { score: 77 } },
      { at: '2026-03-20T02:00:00Z', event: 'issue_rectification_notice', facts: { rectificationNoticeDueOn: '2027-01-31' } },
    ],
  },
  {
    // An extension requested 4 months before the deadline (CM-13), awaiting the Province.
    key: 'inst-shiyan-base',
    type: 'data_application_base',
    steps: [
      ...toPreparation('data_application_base', '2023-11-01T02:00:00Z', '2024-03-18T02:00:00Z'),
      { at: '2026-11-10T02:00:00Z', event: 'request_extension', facts: { extendedTo: '2027-09-30' } },
    ],
  },
  {
    // On-site assessment under way: panel formed, sample drawn, awaiting the score.
    key: 'inst-xianning-cmc',
    type: 'carbon_metrology_centre',
    steps: [
      ...toPreparation('carbon_metrology_centre', '2023-08-01T02:00:00Z', '2023-12-01T02:00:00Z'),
      ...toAssessment('2026-08-25T02:00:00Z'),
      { at: '2026-11-20T02:00:00Z', sample: true },
    ],
  },
];

export const seedLifecycle = async (
  services: Services,
  clock: SettableClock,
  ids: Map<string, string>,
  actor: AuditActor,
  expertIds: string[],
) => {
  let cases = 0;
  // All institutions' steps in date order, so document numbers run with the calendar as they would.
  const timeline = SCRIPTS.flatMap((script) => script.steps.map((step, index) => ({ script, step, index }))).sort(
    (a, b) => a.step.at.localeCompare(b.step.at) || a.index - b.index,
  );
  for (const { script, step } of timeline) {
    const organisationId = ids.get(script.key);
    if (!organisationId) throw new Error(`demo lifecycle refers to unknown institution ${script.key}`);
    clock.set(step.at);
    if ('open' in step) {
      await services.institutions.openCase(actor, organisationId, {
        coBuilderIds: [],
        isDirectApplicant: false,
        isInLocalPlan: false,
        hasLocalGovernmentCommitment: false,
        ...step.open,
      });
      cases++;
    } else if ('panel' in step) {
      await services.institutions.createPanel(actor, organisationId, {
        purpose: step.panel,
        leaderUserId: expertIds[0] ?? '',
        memberUserIds: expertIds,
      });
    } else if ('sample' in step) {
      await services.assessment.drawSampling(
        actor,
        organisationId,
        { share: 0.25, seed: `${script.key}/${step.at.slice(0, 10)}`, population: POPULATION },
        { isProvince: true },
      );
    } else {
      await services.institutions.applyEvent(
        actor,
        organisationId,
        { event: step.event, facts: step.facts ?? {}, annualReport: step.annualReport },
        { isProvince: true },
      );
    }
  }
  return cases;
};
