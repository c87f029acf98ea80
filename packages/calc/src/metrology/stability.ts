import { addMonths, compareDates, getDateParts, isDateAfter, type CalendarDate } from '../lifecycle/calendar.ts';
import {
  compareMeasured,
  describeReadings,
  requireCalendarDate,
  requireFiniteNumber,
  requirePositiveNumber,
  roundMeasured,
  throwMetrologyInput,
} from './metrology-input.ts';

/**
 * Stability test of a measurement standard with a check standard (JJF 1033-2023 稳定性考核; STANDARDS.md
 * §5.1: the method is [M], the criterion [S] via the JJF 1033 implementation guide):
 * - new standard: m ≥ 4 groups of n repeated readings, consecutive groups more than one month apart
 *   (大于一个月: the next group's day is after the previous day + 1 month, Civil Code month-end rule);
 *   stability = max − min of the group means;
 * - existing standard: at least one group a year; stability = |difference of the means of the last two
 *   groups| (adjacent years: the last two groups may not be more than one calendar year apart);
 * - criterion: used at its nominal value or indication (no correction), stability < |MPE|; used with a
 *   correction, stability < U (k = 2, or U95) of the correction. Strictly less: equal fails.
 * A design that does not meet these rules gives 'insufficient' (the stability is still shown when two
 * or more groups exist). Groups are taken in date order, whatever order they come in.
 */

export type StabilityGroup = { date: CalendarDate; readings: readonly number[] };

export type StabilityInput = {
  kind: 'new' | 'existing';
  groups: readonly StabilityGroup[];
  usedWithCorrection: boolean;
  /** The standard's maximum permissible error (± value), for use at nominal value. */
  mpe?: number;
  /** The expanded uncertainty (k = 2, or U95) of the correction, for use with a correction. */
  correctionExpandedUncertainty?: number;
};

export type StabilityVerdict = 'pass' | 'fail' | 'insufficient';

export type StabilityJudgement = {
  groupMeans: { date: CalendarDate; n: number; mean: number }[];
  /** Null with fewer than two groups. */
  stability: number | null;
  limit: number;
  verdict: StabilityVerdict;
  rule: string;
  message: string;
  messageEn: string;
};

export const STABILITY_MIN_GROUPS_NEW = 4;

const RULE_NOMINAL =
  'JJF 1033-2023 稳定性考核及实施指南：按标称值或示值使用时，稳定性应小于计量标准的最大允许误差绝对值 (JJF 1033-2023 stability and its implementation guide: used at nominal value, stability < |MPE|)';
const RULE_CORRECTION =
  'JJF 1033-2023 稳定性考核及实施指南：加修正值使用时，稳定性应小于修正值的扩展不确定度 (JJF 1033-2023 stability and its implementation guide: used with a correction, stability < U of the correction)';
const RULE_NEW_DESIGN =
  'JJF 1033-2023 稳定性考核：新建计量标准每隔一段时间（大于一个月）测一组，共 m ≥ 4 组，稳定性为各组平均值的最大差值 (new standard: m ≥ 4 groups more than one month apart; max − min of the means)';
const RULE_EXISTING_DESIGN =
  'JJF 1033-2023 稳定性考核：已建计量标准每年至少一组，稳定性为相邻两年测得值之差 (existing standard: at least one group a year; difference of adjacent years)';

const findDesignProblem = (kind: StabilityInput['kind'], groups: StabilityJudgement['groupMeans']): { zh: string; en: string } | null => {
  if (kind === 'new') {
    if (groups.length < STABILITY_MIN_GROUPS_NEW) {
      return { zh: `新建计量标准至少需 4 组，实有 ${groups.length} 组`, en: `a new standard needs m ≥ 4 groups, got ${groups.length}` };
    }
    for (let i = 1; i < groups.length; i++) {
      const previous = groups[i - 1]?.date ?? '';
      const next = groups[i]?.date ?? '';
      if (!isDateAfter(next, addMonths(previous, 1))) {
        return {
          zh: `第 ${i} 组（${previous}）与第 ${i + 1} 组（${next}）间隔未超过一个月`,
          en: `groups ${i} (${previous}) and ${i + 1} (${next}) are not more than one month apart`,
        };
      }
    }
    return null;
  }
  if (groups.length < 2) {
    return {
      zh: `已建计量标准需相邻两年各一组，实有 ${groups.length} 组`,
      en: `an existing standard needs groups of two adjacent years, got ${groups.length}`,
    };
  }
  const previous = groups[groups.length - 2]?.date ?? '';
  const last = groups[groups.length - 1]?.date ?? '';
  if (getDateParts(last).year - getDateParts(previous).year > 1) {
    return {
      zh: `最后两组（${previous}、${last}）不在相邻年度，缺少年度稳定性考核`,
      en: `the last two groups (${previous}, ${last}) are not in adjacent years: an annual check is missing`,
    };
  }
  return null;
};

export const judgeStability = (input: StabilityInput): StabilityJudgement => {
  const groupMeans = input.groups
    .map((group, i) => {
      const date = requireCalendarDate(group.date, `groups[${i}].date`);
      if (group.readings.length === 0) {
        throwMetrologyInput(`groups[${i}].readings`, 'not_empty', `第 ${i + 1} 组没有读数`, 'a group needs at least one reading');
      }
      const readings = group.readings.map((x, j) => requireFiniteNumber(x, `groups[${i}].readings[${j}]`));
      return { date, n: readings.length, mean: describeReadings(readings).mean };
    })
    .sort((a, b) => compareDates(a.date, b.date));

  if (input.usedWithCorrection && input.correctionExpandedUncertainty === undefined) {
    throwMetrologyInput(
      'correctionExpandedUncertainty',
      'required_with_correction',
      '加修正值使用时须给出修正值的扩展不确定度（JJF 1033-2023 稳定性判据）',
      'used with a correction: give the expanded uncertainty of the correction (JJF 1033-2023 stability criterion)',
    );
  }
  if (!input.usedWithCorrection && input.mpe === undefined) {
    throwMetrologyInput(
      'mpe',
      'required_at_nominal_value',
      '按标称值或示值使用时须给出最大允许误差（JJF 1033-2023 稳定性判据）',
      'used at nominal value: give the MPE (JJF 1033-2023 stability criterion)',
    );
  }
  const limit = input.usedWithCorrection
    ? requirePositiveNumber(input.correctionExpandedUncertainty, 'correctionExpandedUncertainty')
    : requirePositiveNumber(Math.abs(requireFiniteNumber(input.mpe, 'mpe')), 'mpe');
  const criterion = input.usedWithCorrection ? RULE_CORRECTION : RULE_NOMINAL;
  const limitZh = input.usedWithCorrection ? '修正值的扩展不确定度 U' : '最大允许误差绝对值 |MPE|';
  const limitEn = input.usedWithCorrection ? 'U of the correction' : '|MPE|';

  const means = groupMeans.map((g) => g.mean);
  const lastTwo = means.slice(-2);
  const rawStability =
    means.length < 2
      ? null
      : input.kind === 'new'
        ? Math.max(...means) - Math.min(...means)
        : Math.abs((lastTwo[1] ?? 0) - (lastTwo[0] ?? 0));
  const stability = rawStability === null ? null : roundMeasured(rawStability);
  const design = input.kind === 'new' ? RULE_NEW_DESIGN : RULE_EXISTING_DESIGN;
  const shownMeans = groupMeans.map((g) => ({ ...g, mean: roundMeasured(g.mean) }));

  const problem = findDesignProblem(input.kind, groupMeans);
  if (problem || rawStability === null) {
    return {
      groupMeans: shownMeans,
      stability,
      limit,
      verdict: 'insufficient',
      rule: design,
      message: `稳定性考核数据不足：${problem?.zh ?? '少于两组'}`,
      messageEn: `stability test insufficient: ${problem?.en ?? 'fewer than two groups'}`,
    };
  }
  const isPass = compareMeasured(rawStability, limit) < 0;
  return {
    groupMeans: shownMeans,
    stability,
    limit,
    verdict: isPass ? 'pass' : 'fail',
    rule: `${design}; ${criterion}`,
    message: isPass ? `稳定性 ${stability} 小于${limitZh} ${limit}，合格` : `稳定性 ${stability} 不小于${limitZh} ${limit}，不合格`,
    messageEn: isPass ? `stability ${stability} < ${limitEn} ${limit}: pass` : `stability ${stability} ≥ ${limitEn} ${limit}: fail`,
  };
};
