import type { InstitutionType } from '@jiliang/shared';
import type { Article } from './articles.ts';
import { createViolation, RULE_OK, type RuleCheck } from './rule-check.ts';

/**
 * Eligibility conditions (申请条件). The two Measures differ: CM-7 lists six conditions, BM-8 four.
 * The applicant attaches evidence to each; the experts judge it later (CM-10 / BM-11), so the pure
 * rule here is only that no condition is left without evidence when the application is submitted.
 */
export type EligibilityCondition =
  | 'legal_person'
  | 'dual_carbon_field'
  | 'industry_scale_or_demand'
  | 'measurement_testing_capability'
  | 'innovation_capability'
  | 'management_capability'
  | 'development_demand'
  | 'innovation_and_service_capability';

export type EligibilityConditionInfo = { condition: EligibilityCondition; article: Article; zh: string; en: string };

export const ELIGIBILITY_CONDITIONS: Record<InstitutionType, readonly EligibilityConditionInfo[]> = {
  carbon_metrology_centre: [
    {
      condition: 'legal_person',
      article: 'CM-7(1)',
      zh: '具有法人资格，能独立公正地开展工作，具备法律、法规规定的资质条件',
      en: 'a legal person, able to work independently and impartially, holding the qualifications the law requires',
    },
    {
      condition: 'dual_carbon_field',
      article: 'CM-7(2)',
      zh: '所申请的服务领域须符合实现“双碳”目标的要求',
      en: 'the field of service serves the dual-carbon goals',
    },
    {
      condition: 'industry_scale_or_demand',
      article: 'CM-7(3)',
      zh: '服务的产业具有一定规模或相关经济社会发展领域有较大需求',
      en: 'the industry served has some scale, or the field has large demand',
    },
    {
      condition: 'measurement_testing_capability',
      article: 'CM-7(4)',
      zh: '具有服务产业集群及经济社会发展需求的计量测试能力',
      en: 'measurement-testing capability serving industrial clusters and development needs',
    },
    {
      condition: 'innovation_capability',
      article: 'CM-7(5)',
      zh: '具有适应产业和经济社会发展的计量科技创新能力',
      en: 'metrology innovation capability fitting industrial and social development',
    },
    {
      condition: 'management_capability',
      article: 'CM-7(6)',
      zh: '具有保障碳计量中心运行的管理能力',
      en: 'management capability to run the centre',
    },
  ],
  data_application_base: [
    {
      condition: 'legal_person',
      article: 'BM-8(1)',
      zh: '具有法人资格，能独立公正地开展工作，具备法律、法规规定的资质条件',
      en: 'a legal person, able to work independently and impartially, holding the qualifications the law requires',
    },
    { condition: 'development_demand', article: 'BM-8(2)', zh: '有相应经济社会发展需求', en: 'a matching economic and social demand' },
    {
      condition: 'innovation_and_service_capability',
      article: 'BM-8(3)',
      zh: '具有适应产业和经济社会发展的计量科技创新能力和服务能力',
      en: 'metrology innovation and service capability fitting industrial and social development',
    },
    {
      condition: 'management_capability',
      article: 'BM-8(4)',
      zh: '具有保障计量数据建设应用基地运行的管理能力',
      en: 'management capability to run the base',
    },
  ],
};

/** Evidence (document ids or names) attached to each condition. */
export type EligibilityEvidence = Readonly<Partial<Record<EligibilityCondition, readonly string[]>>>;

export const listMissingEligibilityConditions = (
  type: InstitutionType,
  evidence: EligibilityEvidence,
): readonly EligibilityConditionInfo[] => ELIGIBILITY_CONDITIONS[type].filter((c) => (evidence[c.condition]?.length ?? 0) === 0);

/** CM-7 / BM-8: every condition of the institution's own Measure carries evidence. */
export const checkEligibilityEvidence = (type: InstitutionType, evidence: EligibilityEvidence): RuleCheck => {
  const missing = listMissingEligibilityConditions(type, evidence)[0];
  if (!missing) return RULE_OK;
  return createViolation(
    'eligibility_evidence_missing',
    missing.article,
    `申请条件“${missing.zh}”尚未附证明材料`,
    `eligibility condition "${missing.en}" has no evidence attached`,
  );
};

/**
 * CM-7 / BM-8 last paragraph: priority support when local planning includes the institution and the
 * local government commits people, money and materials — both are needed.
 */
export const isPriorityApplicant = (marker: { isInLocalPlan: boolean; hasLocalGovernmentCommitment: boolean }): boolean =>
  marker.isInLocalPlan && marker.hasLocalGovernmentCommitment;
