/**
 * The score sheet rules the documents print (CM-16 / BM-17): the full mark is 100, so the item
 * weights sum to 100; each item's score lies between 0 and its weight; 80 or more passes.
 * Scores are kept in tenths of a point so sums are exact.
 */
import { FULL_SCORE, PASS_SCORE } from '@jiliang/calc';
import type { InstitutionType } from '@jiliang/shared';
import { citeArticle } from './measures-citation.ts';
import { refuseDocument } from './official-document.ts';

/** CM-16 / BM-17: 考核得分分值在80分及以上的，现场考核结论为合格 (the lifecycle's PASS_SCORE). */
export const PASS_MARK = PASS_SCORE;
/** CM-16 / BM-17: 考核分值满分为100分. */
export const FULL_MARK = FULL_SCORE;

export type ScoreItem = {
  /** 考核项目, e.g. 计量测试能力 */
  name: string;
  /** 分值 (weight in points); the weights of a sheet sum to 100. */
  weight: number;
  /** 得分, 0..weight, to one decimal. */
  score: number;
  /** 评分说明 or the panel's remark. */
  remark?: string;
};

const tenths = (value: number): number => Math.round(value * 10);

/** 85.5 → "85.5", 86 → "86". */
export const formatScore = (value: number): string => String(tenths(value) / 10);

/** Checks a score value: a number from 0 to 100 with at most one decimal. */
export const checkScore = (type: InstitutionType, value: number, field: string): void => {
  if (!Number.isFinite(value) || value < 0 || value > FULL_MARK || Math.abs(tenths(value) - value * 10) > 1e-6) {
    refuseDocument(
      citeArticle(type, 'scoring'),
      `考核得分应为0至100之间、最多一位小数的数值：${value}`,
      `a score is a number from 0 to 100 with at most one decimal: ${value}`,
      field,
    );
  }
};

/** Validates a score sheet and returns its total; refuses weights that do not sum to 100, naming the rule. */
export const totalScores = (type: InstitutionType, items: ScoreItem[]): number => {
  const rule = citeArticle(type, 'scoring');
  if (items.length === 0) refuseDocument(rule, '评分表至少应有一个考核项目', 'a score sheet needs at least one item', 'scoring.items');
  const weightSum = items.reduce((sum, item) => sum + tenths(item.weight), 0);
  if (weightSum !== FULL_MARK * 10) {
    refuseDocument(
      rule,
      `各考核项目分值之和应为满分100分，现为${weightSum / 10}分`,
      `the item weights must sum to the full mark of 100, they sum to ${weightSum / 10}`,
      'scoring.items',
    );
  }
  items.forEach((item, i) => {
    if (item.name.trim() === '')
      refuseDocument(rule, `第${i + 1}个考核项目没有名称`, `item ${i + 1} has no name`, `scoring.items[${i}].name`);
    if (!(item.weight > 0)) {
      refuseDocument(
        rule,
        `考核项目“${item.name}”的分值应大于0`,
        `item "${item.name}" needs a positive weight`,
        `scoring.items[${i}].weight`,
      );
    }
    checkScore(type, item.score, `scoring.items[${i}].score`);
    if (tenths(item.score) > tenths(item.weight)) {
      refuseDocument(
        rule,
        `考核项目“${item.name}”得分${item.score}超过其分值${item.weight}`,
        `item "${item.name}" scores ${item.score}, more than its weight ${item.weight}`,
        `scoring.items[${i}].score`,
      );
    }
  });
  return items.reduce((sum, item) => sum + tenths(item.score), 0) / 10;
};
