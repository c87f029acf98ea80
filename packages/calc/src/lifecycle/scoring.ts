import type { InstitutionType } from '@jiliang/shared';
import { createViolation, RULE_OK, type RuleCheck } from './rule-check.ts';

/**
 * Acceptance scoring (CM-14..CM-16 / BM-15..BM-17): a scoring sheet of items whose weights sum to
 * 100; each panel member gives points per item (0..weight); the proposed score is the mean of the
 * members' totals, rounded half-up to one decimal; the team leader finalises it (组长负责制).
 */
export type ScoringItem = { code: string; title: string; weight: number; guidance: string };
export type ScoringTemplate = { institutionType: InstitutionType; items: readonly ScoringItem[] };

/**
 * Our editable defaults. The Province's 《湖北省碳计量中心验收评审细则》 is not public; these items follow
 * what CM-6 / BM-6, BM-7 ask an institution to do, and the Province edits them in the app.
 */
export const DEFAULT_SCORING_TEMPLATES: Record<InstitutionType, ScoringTemplate> = {
  carbon_metrology_centre: {
    institutionType: 'carbon_metrology_centre',
    items: [
      { code: 'organisation', title: '组织机构与管理制度', weight: 10, guidance: '法人资格、岗位职责、质量管理体系运行（CM-7(1)(6)）' },
      { code: 'facilities', title: '场地设施与环境条件', weight: 10, guidance: '实验室面积、环境控制、安全设施' },
      { code: 'standards', title: '计量标准与量值溯源', weight: 20, guidance: '碳计量相关计量标准建标、溯源链完整有效（CM-6(4)）' },
      { code: 'capability', title: '检定校准与检测能力', weight: 20, guidance: '抽查检定/校准项目和关键参数测量项目的现场验证（CM-15）' },
      { code: 'innovation', title: '碳计量技术研究与创新', weight: 15, guidance: '方法研究、标准制定、科研项目（CM-6(2)(5)）' },
      { code: 'data', title: '数据平台与数据安全', weight: 10, guidance: '计量数据采集与平台建设、保密措施（CM-6(3)、CM-21）' },
      { code: 'service', title: '服务产业与区域“双碳”工作', weight: 15, guidance: '为重点排放单位和重点用能单位提供计量服务（CM-6(6)）' },
    ],
  },
  data_application_base: {
    institutionType: 'data_application_base',
    items: [
      { code: 'organisation', title: '组织机构与管理制度', weight: 10, guidance: '法人资格、管理制度与运行（BM-8）' },
      { code: 'collection', title: '计量数据采集与平台建设', weight: 25, guidance: '数据采集范围、平台功能与稳定运行（BM-6）' },
      { code: 'quality', title: '数据质量与应用成效', weight: 20, guidance: '数据质量评价、数据应用案例（BM-7）' },
      { code: 'service', title: '技术服务能力', weight: 20, guidance: '面向产业和企业的计量数据服务' },
      { code: 'innovation', title: '创新能力与成果', weight: 15, guidance: '数据应用创新、标准与成果转化' },
      { code: 'support', title: '保障条件', weight: 10, guidance: '人员、经费、设施保障' },
    ],
  },
};

export const checkScoringTemplate = (template: ScoringTemplate): RuleCheck => {
  const article = template.institutionType === 'carbon_metrology_centre' ? 'CM-16' : 'BM-17';
  const codes = new Set(template.items.map((i) => i.code));
  if (template.items.length === 0 || codes.size !== template.items.length) {
    return createViolation(
      'scoring_items',
      article,
      '评分表须有条目，且条目编码不得重复',
      'a scoring sheet needs items with distinct codes',
    );
  }
  if (template.items.some((i) => !(i.weight > 0)))
    return createViolation('scoring_weights', article, '每个条目的分值须大于0', 'every item weighs more than 0');
  const sum = template.items.reduce((s, i) => s + i.weight, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    return createViolation(
      'scoring_weights',
      article,
      `评分表各条目分值之和须为100分，现为${sum}分`,
      `the weights of a scoring sheet sum to 100; they sum to ${sum}`,
    );
  }
  return RULE_OK;
};

/** One member's sheet: every item scored within 0..weight. Returns the total or the first problem. */
export const scoreSheet = (
  template: ScoringTemplate,
  scores: Readonly<Record<string, number>>,
): { ok: true; total: number } | (RuleCheck & { ok: false }) => {
  const article = template.institutionType === 'carbon_metrology_centre' ? 'CM-16' : 'BM-17';
  for (const key of Object.keys(scores)) {
    if (!template.items.some((i) => i.code === key))
      return createViolation('scoring_unknown_item', article, `评分表中没有条目“${key}”`, `no item "${key}" on the sheet`);
  }
  let total = 0;
  for (const item of template.items) {
    const value = scores[item.code];
    if (value === undefined || !Number.isFinite(value) || value < 0 || value > item.weight) {
      return createViolation(
        'scoring_item_range',
        article,
        `“${item.title}”的得分须在0至${item.weight}分之间`,
        `the score of "${item.code}" lies between 0 and ${item.weight}`,
      );
    }
    total += value;
  }
  return { ok: true, total: roundHalfUp(total, 1) };
};

export const roundHalfUp = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
};

/** The mean of the members' totals, half-up to 0.1: what the team leader is asked to finalise. */
export const proposeScore = (totals: readonly number[]): number | undefined =>
  totals.length === 0 ? undefined : roundHalfUp(totals.reduce((s, t) => s + t, 0) / totals.length, 1);

/** A reproducible PRNG (mulberry32) seeded from a string by FNV-1a: anyone with the seed redraws the same sample. */
const seededRandom = (seed: string): (() => number) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/**
 * CM-15: random sampling of a share of the registered verification/calibration items and key-parameter
 * measurement items. The draw is a seeded Fisher–Yates shuffle of the population in its given order;
 * ceil(share × N) items are taken (at least one). Same population, share and seed: same draw.
 */
export const drawSample = (population: readonly string[], share: number, seed: string): string[] => {
  if (!(share > 0 && share <= 1)) throw new RangeError('share must be in (0, 1]');
  const items = [...population];
  const random = seededRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as string, items[i] as string];
  }
  return items.slice(0, Math.max(1, Math.ceil(share * items.length))).slice(0, items.length);
};
