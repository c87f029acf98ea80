import { getArticle, type ArticleTopic } from '@jiliang/calc';
import { INSTITUTION_TYPES } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { citeArticle, citeMeasuresZh, findArticle, formatArticleZh, type MeasuresProvision } from './measures-citation.ts';

describe('article numbers of the two Measures', () => {
  it('CM-10 / BM-11: approval; CM-17 / BM-18: rectification notice; CM-18 / BM-19: establishment', () => {
    expect(citeArticle('carbon_metrology_centre', 'approval')).toBe('CM-10');
    expect(citeArticle('data_application_base', 'approval')).toBe('BM-11');
    expect(citeArticle('carbon_metrology_centre', 'rectificationNotice')).toBe('CM-17');
    expect(citeArticle('data_application_base', 'rectificationNotice')).toBe('BM-18');
    expect(citeArticle('carbon_metrology_centre', 'establishment')).toBe('CM-18');
    expect(citeArticle('data_application_base', 'establishment')).toBe('BM-19');
  });

  it('CM-14..16 / BM-15..17: panel, on-site review, scoring', () => {
    expect(['assessmentPanel', 'onSiteReview', 'scoring'].map((p) => citeArticle('carbon_metrology_centre', p as 'scoring'))).toEqual([
      'CM-14',
      'CM-15',
      'CM-16',
    ]);
    expect(['assessmentPanel', 'onSiteReview', 'scoring'].map((p) => citeArticle('data_application_base', p as 'scoring'))).toEqual([
      'BM-15',
      'BM-16',
      'BM-17',
    ]);
  });

  it('CM-21 has no counterpart in BM; BM swaps lawful service (BM-21) and local supervision (BM-22)', () => {
    expect(findArticle('carbon_metrology_centre', 'dataSecurity')).toBe(21);
    expect(findArticle('data_application_base', 'dataSecurity')).toBeNull();
    expect(() => citeArticle('data_application_base', 'dataSecurity')).toThrow(/BM has no article/);
    expect(citeArticle('carbon_metrology_centre', 'lawfulService')).toBe('CM-22');
    expect(citeArticle('data_application_base', 'lawfulService')).toBe('BM-21');
    expect(citeArticle('carbon_metrology_centre', 'localSupervision')).toBe('CM-20');
    expect(citeArticle('data_application_base', 'localSupervision')).toBe('BM-22');
  });

  it('cites articles in Chinese as the documents print them', () => {
    expect(formatArticleZh('carbon_metrology_centre', 'dataSecurity')).toBe('第二十一条');
    expect(citeMeasuresZh('data_application_base', 'acceptanceApplication', 'acceptanceDeadline')).toBe('《办法》第十三条、第十四条');
  });
});

describe('agreement with the lifecycle table (@jiliang/calc ARTICLES)', () => {
  const SAME_RULE: [MeasuresProvision, ArticleTopic][] = [
    ['applicationForm', 'application'],
    ['approval', 'approval'],
    ['preparation', 'preparation'],
    ['acceptanceApplication', 'acceptanceApplication'],
    ['acceptanceDeadline', 'acceptanceDeadline'],
    ['assessmentPanel', 'acceptanceAssessment'],
    ['onSiteReview', 'onSiteReview'],
    ['scoring', 'scoring'],
    ['rectificationNotice', 'rectificationNotice'],
    ['establishment', 'establishment'],
    ['annualReport', 'annualReport'],
    ['localSupervision', 'localSupervision'],
    ['lawfulService', 'legalResponsibility'],
    ['inspection', 'inspection'],
    ['reReview', 'reReview'],
  ];

  it.each(INSTITUTION_TYPES)('cites the same article as the lifecycle for every shared rule (%s)', (type) => {
    for (const [provision, topic] of SAME_RULE) expect(citeArticle(type, provision)).toBe(getArticle(type, topic));
  });
});
