/**
 * Where each provision sits in the two Measures (../shared/spec/000_8cc97ae8f20bd806.txt), so a
 * template cites "《办法》第十条" for a centre and "第十一条" for a base. BM inserts an article
 * (BM-7, the base's tasks) in chapter 2, so from chapter 3 on its numbers are CM's plus one, except
 * in chapter 5: BM has no data-security article (CM-21) and swaps the order of the lawful-service
 * and local-supervision articles (BM-21, BM-22).
 */
import type { InstitutionType } from '@jiliang/shared';
import { formatChineseNumeral } from './official-document.ts';

export type MeasuresProvision =
  | 'positioning' // CM-4 / BM-4: what the institution is built for (BM-4 ¶2: information and data security)
  | 'management' // CM-5 / BM-5: the Province builds and guides, the local bureau manages day to day
  | 'duties' // CM-6 / BM-6 (+ BM-7 tasks)
  | 'applicationForm' // CM-8 / BM-9
  | 'approval' // CM-10 / BM-11: expert review, deliberation, approval document and task book
  | 'preparation' // CM-11 / BM-12: 3 years, report major events
  | 'acceptanceApplication' // CM-12 / BM-13
  | 'acceptanceDeadline' // CM-13 / BM-14: 3 months before the deadline; extension ≤ 1 year
  | 'assessmentPanel' // CM-14 / BM-15
  | 'onSiteReview' // CM-15 / BM-16 (random sampling: CM only)
  | 'scoring' // CM-16 / BM-17: 100 points, 80 passes, 3 months to rectify
  | 'rectificationNotice' // CM-17 / BM-18: ≤ 1 year
  | 'establishment' // CM-18 / BM-19
  | 'annualReport' // CM-19 / BM-20
  | 'localSupervision' // CM-20 / BM-22
  | 'dataSecurity' // CM-21 only
  | 'lawfulService' // CM-22 / BM-21
  | 'inspection' // CM-23 / BM-23
  | 'reReview'; // CM-24 / BM-24

const ARTICLES: Record<InstitutionType, Record<MeasuresProvision, number | null>> = {
  carbon_metrology_centre: {
    positioning: 4,
    management: 5,
    duties: 6,
    applicationForm: 8,
    approval: 10,
    preparation: 11,
    acceptanceApplication: 12,
    acceptanceDeadline: 13,
    assessmentPanel: 14,
    onSiteReview: 15,
    scoring: 16,
    rectificationNotice: 17,
    establishment: 18,
    annualReport: 19,
    localSupervision: 20,
    dataSecurity: 21,
    lawfulService: 22,
    inspection: 23,
    reReview: 24,
  },
  data_application_base: {
    positioning: 4,
    management: 5,
    duties: 6,
    applicationForm: 9,
    approval: 11,
    preparation: 12,
    acceptanceApplication: 13,
    acceptanceDeadline: 14,
    assessmentPanel: 15,
    onSiteReview: 16,
    scoring: 17,
    rectificationNotice: 18,
    establishment: 19,
    annualReport: 20,
    localSupervision: 22,
    dataSecurity: null,
    lawfulService: 21,
    inspection: 23,
    reReview: 24,
  },
};

export type MeasuresProfile = {
  code: 'CM' | 'BM';
  /** 《湖北省碳计量中心建设管理办法》 */
  measuresTitle: string;
  /** The kind of institution as the documents name it: 湖北省碳计量中心 / 湖北省计量数据建设应用基地. */
  kindName: string;
  /** 中心 / 基地, for "以下简称中心". */
  shortName: string;
  applicationForm: string;
  taskBook: string;
  /** CM-14 names the centre's assessment rules; BM-15 names none. */
  assessmentRules: string | null;
  /** CM-19: 关键测量设备; BM-20: 技术服务能力. */
  majorChanges: string;
};

const PROFILES: Record<InstitutionType, MeasuresProfile> = {
  carbon_metrology_centre: {
    code: 'CM',
    measuresTitle: '《湖北省碳计量中心建设管理办法》',
    kindName: '湖北省碳计量中心',
    shortName: '中心',
    applicationForm: '《湖北省碳计量中心申报书》',
    taskBook: '《湖北省碳计量中心筹建任务书》',
    assessmentRules: '《湖北省碳计量中心验收评审细则》',
    majorChanges: '组织结构或性质、关键测量设备、主要基础设施',
  },
  data_application_base: {
    code: 'BM',
    measuresTitle: '《湖北省计量数据建设应用基地建设管理办法》',
    kindName: '湖北省计量数据建设应用基地',
    shortName: '基地',
    applicationForm: '《湖北省计量数据建设应用基地申报书》',
    taskBook: '《湖北省计量数据建设应用基地筹建任务书》',
    assessmentRules: null,
    majorChanges: '组织结构或性质、技术服务能力、主要基础设施',
  },
};

export const getMeasuresProfile = (type: InstitutionType): MeasuresProfile => PROFILES[type];

/** The article number of a provision, or null where the Measures for this type have none (CM-21 for a base). */
export const findArticle = (type: InstitutionType, provision: MeasuresProvision): number | null => ARTICLES[type][provision];

const requireArticle = (type: InstitutionType, provision: MeasuresProvision): number => {
  const article = findArticle(type, provision);
  if (article === null) throw new Error(`${PROFILES[type].code} has no article for ${provision}`);
  return article;
};

/** 'CM-10', 'BM-11': the citation used in code, errors and the UI (MEASURES.md). */
export const citeArticle = (type: InstitutionType, provision: MeasuresProvision): string =>
  `${PROFILES[type].code}-${requireArticle(type, provision)}`;

/** 第十条, as the documents cite it after "《办法》". */
export const formatArticleZh = (type: InstitutionType, provision: MeasuresProvision): string =>
  `第${formatChineseNumeral(requireArticle(type, provision))}条`;

/** 《办法》第十二条、第十三条 */
export const citeMeasuresZh = (type: InstitutionType, ...provisions: MeasuresProvision[]): string =>
  `《办法》${provisions.map((p) => formatArticleZh(type, p)).join('、')}`;
