import { describe, expect, it } from 'vitest';
import { ARTICLES, findArticle, getArticle, isKnownArticle, MEASURE_ARTICLES } from './articles.ts';
import { checkEligibilityEvidence, ELIGIBILITY_CONDITIONS, isPriorityApplicant, listMissingEligibilityConditions } from './eligibility.ts';

describe('the articles of both Measures (CM-26, BM-26: 26 articles each)', () => {
  it('CM-26, BM-26: each Measure has articles 1 to 26', () => {
    expect(MEASURE_ARTICLES.CM.map((a) => a.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(MEASURE_ARTICLES.BM.map((a) => a.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('CM-7(6), BM-8(4): items exist up to the article’s own count', () => {
    expect(isKnownArticle('CM-7(6)')).toBe(true);
    expect(isKnownArticle('CM-7(7)')).toBe(false);
    expect(isKnownArticle('BM-8(4)')).toBe(true);
    expect(isKnownArticle('BM-8(5)')).toBe(false);
    expect(isKnownArticle('BM-7(7)')).toBe(true);
    expect(isKnownArticle('CM-27')).toBe(false);
    expect(isKnownArticle('CM-13(1)')).toBe(false);
    expect(isKnownArticle('XM-1')).toBe(false);
  });

  it('CM-7..CM-19 = BM-8..BM-20: chapter 3 and 4 are shifted by one', () => {
    const shifted = [
      ARTICLES.eligibility,
      ARTICLES.application,
      ARTICLES.consultation,
      ARTICLES.approval,
      ARTICLES.preparation,
      ARTICLES.acceptanceApplication,
      ARTICLES.acceptanceDeadline,
      ARTICLES.acceptanceAssessment,
      ARTICLES.onSiteReview,
      ARTICLES.scoring,
      ARTICLES.rectificationNotice,
      ARTICLES.establishment,
      ARTICLES.annualReport,
    ];
    for (const pair of shifted) expect(Number(pair.BM.slice(3))).toBe(Number(pair.CM.slice(3)) + 1);
  });

  it('CM-20 = BM-22, CM-22 = BM-21, CM-23 = BM-23, CM-24 = BM-24: chapter 5 is not a simple shift', () => {
    expect(ARTICLES.localSupervision).toEqual({ CM: 'CM-20', BM: 'BM-22' });
    expect(ARTICLES.legalResponsibility).toEqual({ CM: 'CM-22', BM: 'BM-21' });
    expect(ARTICLES.inspection).toEqual({ CM: 'CM-23', BM: 'BM-23' });
    expect(ARTICLES.reReview).toEqual({ CM: 'CM-24', BM: 'BM-24' });
  });

  it('CM-21, CM-15: data security and random sampling bind centres only', () => {
    expect(findArticle('data_application_base', ARTICLES.dataSecurity)).toBeNull();
    expect(findArticle('data_application_base', ARTICLES.randomSampling)).toBeNull();
    expect(findArticle('carbon_metrology_centre', ARTICLES.dataSecurity)).toBe('CM-21');
    expect(() => getArticle('data_application_base', 'dataSecurity')).toThrow();
  });

  it('CM-3, BM-3: every article the correspondence cites exists', () => {
    for (const pair of Object.values(ARTICLES)) {
      expect(isKnownArticle(pair.CM)).toBe(true);
      if (pair.BM !== null) expect(isKnownArticle(pair.BM)).toBe(true);
    }
  });
});

describe('eligibility (CM-7 / BM-8)', () => {
  it('CM-7: a centre has six conditions, BM-8: a base four', () => {
    expect(ELIGIBILITY_CONDITIONS.carbon_metrology_centre.map((c) => c.article)).toEqual([
      'CM-7(1)',
      'CM-7(2)',
      'CM-7(3)',
      'CM-7(4)',
      'CM-7(5)',
      'CM-7(6)',
    ]);
    expect(ELIGIBILITY_CONDITIONS.data_application_base.map((c) => c.article)).toEqual(['BM-8(1)', 'BM-8(2)', 'BM-8(3)', 'BM-8(4)']);
    for (const c of Object.values(ELIGIBILITY_CONDITIONS).flat()) expect(isKnownArticle(c.article)).toBe(true);
  });

  it('CM-7(4): a missing condition is refused with its item', () => {
    const evidence = { legal_person: ['licence.pdf'], dual_carbon_field: ['plan.pdf'], industry_scale_or_demand: ['stats.xlsx'] };
    expect(checkEligibilityEvidence('carbon_metrology_centre', evidence)).toMatchObject({
      ok: false,
      rule: 'eligibility_evidence_missing',
      article: 'CM-7(4)',
    });
    expect(listMissingEligibilityConditions('carbon_metrology_centre', evidence)).toHaveLength(3);
  });

  it('BM-8(2): a base needs the demand condition, not the dual-carbon one', () => {
    const evidence = {
      legal_person: ['a'],
      innovation_and_service_capability: ['b'],
      management_capability: ['c'],
      dual_carbon_field: ['d'],
    };
    expect(checkEligibilityEvidence('data_application_base', evidence)).toMatchObject({ ok: false, article: 'BM-8(2)' });
    expect(checkEligibilityEvidence('data_application_base', { ...evidence, development_demand: ['e'] })).toEqual({ ok: true });
  });

  it('CM-7: an empty evidence list does not count', () => {
    expect(listMissingEligibilityConditions('carbon_metrology_centre', { legal_person: [] })[0]?.article).toBe('CM-7(1)');
  });

  it('CM-7, BM-8 last paragraph: priority needs both local planning and the local government’s commitment', () => {
    expect(isPriorityApplicant({ isInLocalPlan: true, hasLocalGovernmentCommitment: true })).toBe(true);
    expect(isPriorityApplicant({ isInLocalPlan: true, hasLocalGovernmentCommitment: false })).toBe(false);
    expect(isPriorityApplicant({ isInLocalPlan: false, hasLocalGovernmentCommitment: true })).toBe(false);
  });
});
