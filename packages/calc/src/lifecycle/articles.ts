import type { InstitutionType } from '@jiliang/shared';

/**
 * The articles of the two Measures (spec/000_8cc97ae8f20bd806.txt, in force 2023-03-01):
 * CM = 湖北省碳计量中心建设管理办法, BM = 湖北省计量数据建设应用基地建设管理办法. Both have 26 articles.
 *
 * BM's numbers are not simply CM's + 1 (checked against the Chinese text): BM has two articles in
 * chapter 2 where CM has one (BM-6 directions, BM-7 tasks), so CM-7..CM-19 are BM-8..BM-20; then
 * chapter 5 is ordered differently and BM has no data-security article:
 *   CM-20 (local supervision)      = BM-22
 *   CM-21 (data security)          = none, centres only
 *   CM-22 (legal responsibility)   = BM-21
 *   CM-23, CM-24, CM-25, CM-26     = BM-23, BM-24, BM-25, BM-26
 */

export type Measure = 'CM' | 'BM';
export type CmArticle = `CM-${number}` | `CM-${number}(${number})`;
export type BmArticle = `BM-${number}` | `BM-${number}(${number})`;
export type Article = CmArticle | BmArticle;

export type ArticleInfo = { number: number; items: number; zh: string; en: string };

export const MEASURE_NAMES: Record<Measure, { zh: string; en: string }> = {
  CM: { zh: '湖北省碳计量中心建设管理办法', en: 'Measures for the Construction and Management of Hubei Carbon Metrology Centres' },
  BM: {
    zh: '湖北省计量数据建设应用基地建设管理办法',
    en: 'Measures for the Construction and Management of Hubei Metrology Data Application Bases',
  },
};

/** `items` counts the enumerated items （一）（二）… an article has, so `CM-7(6)` exists and `CM-7(7)` does not. */
export const MEASURE_ARTICLES: Record<Measure, readonly ArticleInfo[]> = {
  CM: [
    { number: 1, items: 0, zh: '目的和依据', en: 'purpose and basis' },
    { number: 2, items: 0, zh: '省级碳计量中心的定义', en: 'what a provincial carbon metrology centre is' },
    { number: 3, items: 0, zh: '适用范围', en: 'scope' },
    { number: 4, items: 0, zh: '建设要求', en: 'aims of construction' },
    {
      number: 5,
      items: 0,
      zh: '省局统筹建设，所在地市场监管部门日常管理',
      en: 'the Province builds and guides; the local bureau manages day to day',
    },
    { number: 6, items: 6, zh: '主要职责', en: 'main tasks' },
    { number: 7, items: 6, zh: '自愿申请；申请条件；优先支持', en: 'voluntary application; eligibility; priority support' },
    {
      number: 8,
      items: 0,
      zh: '资料审核、直接申请、联合筹建；材料合法真实',
      en: 'local review, direct and joint applications; truthful materials',
    },
    { number: 9, items: 0, zh: '听取区域内企事业单位意见', en: "consultation of the region's enterprises and institutions" },
    { number: 10, items: 0, zh: '材料审查、实地核查、批准筹建、筹建任务书', en: 'review, on-site check, preparation approval, task book' },
    { number: 11, items: 0, zh: '筹建一般3年内完成；重大情况报告', en: 'preparation within 3 years; major events reported' },
    { number: 12, items: 0, zh: '验收申请及材料；主管部门同意', en: 'acceptance application and materials; competent department consent' },
    {
      number: 13,
      items: 0,
      zh: '期限届满3个月前申请验收或延期；延期不超过1年；撤销筹建资格',
      en: 'acceptance or extension 3 months before the deadline; ≤ 1 year; revocation',
    },
    { number: 14, items: 0, zh: '初步审查；专家组验收考核，组长负责制', en: 'preliminary review; expert panel under a team leader' },
    {
      number: 15,
      items: 0,
      zh: '现场审查；随机抽查检定校准项目和关键参数测量项目',
      en: 'on-site review; random sampling of verification/calibration and key-parameter items',
    },
    {
      number: 16,
      items: 0,
      zh: '满分100分，80分合格，低于80分限期3个月整改',
      en: 'score out of 100; 80 passes; below 80 rectify within 3 months',
    },
    {
      number: 17,
      items: 0,
      zh: '整改通知书（不超过一年）；整改不合格取消筹建资格',
      en: 'rectification notice (≤ 1 year); failing again cancels the qualification',
    },
    { number: 18, items: 0, zh: '同意成立', en: 'establishment' },
    { number: 19, items: 0, zh: '每年11月报送年度工作总结报告；重大变化报告', en: 'annual report every November; major changes' },
    { number: 20, items: 0, zh: '所在地市场监管部门日常监督，督促整改', en: "the local bureau's day-to-day supervision and rectification" },
    {
      number: 21,
      items: 0,
      zh: '数据安全保密协议；擅自泄露数据撤销资格',
      en: 'confidentiality agreement; a data leak revokes the qualification',
    },
    {
      number: 22,
      items: 0,
      zh: '证书报告真实公正；严重违法违规撤销资格',
      en: 'truthful certificates and reports; serious violations revoke',
    },
    {
      number: 23,
      items: 0,
      zh: '不定期监督检查；整改后仍不达标撤销资格',
      en: 'unannounced inspections; still failing after rectification revokes',
    },
    {
      number: 24,
      items: 0,
      zh: '每五年复查；不具备能力或复查整改后仍不合格撤销资格',
      en: 'a re-review every 5 years; lost capability or failing again revokes',
    },
    { number: 25, items: 0, zh: '解释', en: 'interpretation' },
    { number: 26, items: 0, zh: '自2023年3月1日起施行', en: 'in force from 2023-03-01' },
  ],
  BM: [
    { number: 1, items: 0, zh: '目的和依据', en: 'purpose and basis' },
    { number: 2, items: 0, zh: '计量数据建设应用基地的定义', en: 'what a metrology data application base is' },
    { number: 3, items: 0, zh: '适用范围', en: 'scope' },
    { number: 4, items: 0, zh: '建设要求；信息安全、数据安全', en: 'aims of construction; information and data security' },
    {
      number: 5,
      items: 0,
      zh: '省局统筹建设，所在地市场监管部门日常管理',
      en: 'the Province builds and guides; the local bureau manages day to day',
    },
    { number: 6, items: 4, zh: '建设方向', en: 'directions' },
    { number: 7, items: 7, zh: '主要任务', en: 'main tasks' },
    { number: 8, items: 4, zh: '自愿申请；申请条件；优先支持', en: 'voluntary application; eligibility; priority support' },
    {
      number: 9,
      items: 0,
      zh: '资料审核、直接申请、联合筹建；材料合法真实',
      en: 'local review, direct and joint applications; truthful materials',
    },
    { number: 10, items: 0, zh: '听取区域内企事业单位意见', en: "consultation of the region's enterprises and institutions" },
    { number: 11, items: 0, zh: '材料审查、实地核查、批准筹建、筹建任务书', en: 'review, on-site check, preparation approval, task book' },
    { number: 12, items: 0, zh: '筹建一般3年内完成；重大情况报告', en: 'preparation within 3 years; major events reported' },
    { number: 13, items: 0, zh: '验收申请及材料；主管部门同意', en: 'acceptance application and materials; competent department consent' },
    {
      number: 14,
      items: 0,
      zh: '期限届满3个月前申请验收或延期；延期不超过1年；撤销筹建资格',
      en: 'acceptance or extension 3 months before the deadline; ≤ 1 year; revocation',
    },
    { number: 15, items: 0, zh: '初步审查；专家组验收考核，组长负责制', en: 'preliminary review; expert panel under a team leader' },
    { number: 16, items: 0, zh: '现场审查', en: 'on-site review' },
    {
      number: 17,
      items: 0,
      zh: '满分100分，80分合格，低于80分限期3个月整改',
      en: 'score out of 100; 80 passes; below 80 rectify within 3 months',
    },
    {
      number: 18,
      items: 0,
      zh: '整改通知书（不超过一年）；整改不合格取消筹建资格',
      en: 'rectification notice (≤ 1 year); failing again cancels the qualification',
    },
    { number: 19, items: 0, zh: '同意成立', en: 'establishment' },
    { number: 20, items: 0, zh: '每年11月报送年度工作总结报告；重大变化报告', en: 'annual report every November; major changes' },
    { number: 21, items: 0, zh: '产品合法真实；严重违法违规撤销资格', en: 'lawful and truthful products; serious violations revoke' },
    { number: 22, items: 0, zh: '所在地市场监管部门日常监督，督促整改', en: "the local bureau's day-to-day supervision and rectification" },
    {
      number: 23,
      items: 0,
      zh: '不定期监督检查；整改后仍不达标撤销资格',
      en: 'unannounced inspections; still failing after rectification revokes',
    },
    {
      number: 24,
      items: 0,
      zh: '每五年复查；不具备能力或复查整改后仍不合格撤销资格',
      en: 'a re-review every 5 years; lost capability or failing again revokes',
    },
    { number: 25, items: 0, zh: '解释', en: 'interpretation' },
    { number: 26, items: 0, zh: '自2023年3月1日起施行', en: 'in force from 2023-03-01' },
  ],
};

/** The article of each lifecycle rule in each Measure; `BM: null` where only centres are bound. */
export const ARTICLES = {
  eligibility: { CM: 'CM-7', BM: 'BM-8' },
  application: { CM: 'CM-8', BM: 'BM-9' },
  consultation: { CM: 'CM-9', BM: 'BM-10' },
  approval: { CM: 'CM-10', BM: 'BM-11' },
  preparation: { CM: 'CM-11', BM: 'BM-12' },
  acceptanceApplication: { CM: 'CM-12', BM: 'BM-13' },
  acceptanceDeadline: { CM: 'CM-13', BM: 'BM-14' },
  acceptanceAssessment: { CM: 'CM-14', BM: 'BM-15' },
  onSiteReview: { CM: 'CM-15', BM: 'BM-16' },
  randomSampling: { CM: 'CM-15', BM: null },
  scoring: { CM: 'CM-16', BM: 'BM-17' },
  rectificationNotice: { CM: 'CM-17', BM: 'BM-18' },
  establishment: { CM: 'CM-18', BM: 'BM-19' },
  annualReport: { CM: 'CM-19', BM: 'BM-20' },
  localSupervision: { CM: 'CM-20', BM: 'BM-22' },
  dataSecurity: { CM: 'CM-21', BM: null },
  legalResponsibility: { CM: 'CM-22', BM: 'BM-21' },
  inspection: { CM: 'CM-23', BM: 'BM-23' },
  reReview: { CM: 'CM-24', BM: 'BM-24' },
} as const satisfies Record<string, ArticlePair>;

export type ArticlePair = { CM: CmArticle | null; BM: BmArticle | null };
export type ArticleTopic = keyof typeof ARTICLES;

export const getMeasureOf = (type: InstitutionType): Measure => (type === 'carbon_metrology_centre' ? 'CM' : 'BM');

/** The article for this institution type, or null when its Measure has no such rule (CM-21 for a base). */
export const findArticle = (type: InstitutionType, pair: ArticlePair): Article | null => pair[getMeasureOf(type)];

/** For a rule both Measures share; throws if called for a centre-only rule on a base (a programming error). */
export const getArticle = (type: InstitutionType, topic: ArticleTopic): Article => {
  const article = findArticle(type, ARTICLES[topic]);
  if (article === null) throw new Error(`${topic} has no article in ${getMeasureOf(type)}`);
  return article;
};

const ARTICLE_ID = /^(CM|BM)-(\d+)(?:\((\d+)\))?$/;

/** True for `CM-13`, `BM-8(4)` and the like when the article (and item) exists in that Measure. */
export const isKnownArticle = (id: string): id is Article => {
  const match = ARTICLE_ID.exec(id);
  if (!match) return false;
  const info = MEASURE_ARTICLES[match[1] as Measure].find((a) => a.number === Number(match[2]));
  if (!info) return false;
  return match[3] === undefined || (Number(match[3]) >= 1 && Number(match[3]) <= info.items);
};

export const findArticleInfo = (id: string): ArticleInfo | undefined => {
  const match = ARTICLE_ID.exec(id);
  return match ? MEASURE_ARTICLES[match[1] as Measure].find((a) => a.number === Number(match[2])) : undefined;
};
