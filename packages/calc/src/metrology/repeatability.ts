import {
  compareMeasured,
  describeReadings,
  requireFiniteNumber,
  requireNonNegativeNumber,
  requirePositiveInteger,
  roundMeasured,
  throwMetrologyInput,
} from './metrology-input.ts';

/**
 * Repeatability test of a measurement standard (JJF 1033-2023, 检定或校准结果的重复性试验; the 2016
 * edition renamed it from 计量标准的重复性, the test is unchanged). STANDARDS.md §5.1, [M] for details:
 * - a typical, stable item is measured n times independently under repeatability conditions,
 *   n ≥ 10 where possible (a warning below 10; below 2 no standard deviation exists: an error);
 * - Bessel: s(x) = √( Σ (xᵢ − x̄)² / (n − 1) ); when the reported result is the mean of m readings,
 *   the repeatability of the result is s/√m;
 * - judged (JJF 1033-2023 and its implementation guide): the measured repeatability must not exceed the
 *   repeatability value used in the uncertainty budget: pass iff s/√m ≤ budget (equal passes); if it
 *   is larger, the uncertainty must be re-evaluated. Without a budget value the test is only recorded.
 */

export type RepeatabilityInput = {
  readings: readonly number[];
  /** Readings averaged into one reported result (default 1). */
  m?: number;
  /** The repeatability component used in the uncertainty budget, in the readings' unit. */
  budgetRepeatability?: number;
};

export type RepeatabilityVerdict = 'pass' | 'fail' | 'recorded';

export type RepeatabilityJudgement = {
  n: number;
  m: number;
  mean: number;
  /** Bessel's experimental standard deviation of one reading. */
  s: number;
  /** s/√m: the repeatability of a result that is the mean of m readings. */
  sOfResult: number;
  verdict: RepeatabilityVerdict;
  rule: string;
  message: string;
  messageEn: string;
  warnings: string[];
};

export const REPEATABILITY_MIN_READINGS = 10;

const RULE_JUDGED =
  'JJF 1033-2023 检定或校准结果的重复性试验及实施指南：测得的重复性 s/√m 不得大于不确定度评定中采用的重复性分量，否则应重新评定不确定度 (JJF 1033-2023 repeatability test and its implementation guide: s/√m ≤ the repeatability in the uncertainty budget)';
const RULE_RECORDED =
  'JJF 1033-2023 检定或校准结果的重复性试验：记录 s（贝塞尔公式），未给出不确定度评定中的重复性分量，不作判定 (JJF 1033-2023 repeatability test: recorded, no budget value to judge against)';

export const judgeRepeatability = (input: RepeatabilityInput): RepeatabilityJudgement => {
  const readings = input.readings.map((x, i) => requireFiniteNumber(x, `readings[${i}]`));
  const n = readings.length;
  if (n < 2) {
    throwMetrologyInput(
      'readings',
      'at_least_2',
      `重复性试验至少需要 2 个读数才能计算实验标准偏差，实有 ${n} 个（JJF 1033-2023）`,
      `at least 2 readings are needed for a standard deviation, got ${n} (JJF 1033-2023)`,
    );
  }
  const m = input.m === undefined ? 1 : requirePositiveInteger(input.m, 'm');
  const { mean, s } = describeReadings(readings);
  const sOfResult = s / Math.sqrt(m);
  const warnings =
    n < REPEATABILITY_MIN_READINGS
      ? [`重复性试验应尽可能测量 n ≥ 10 次，本次仅 ${n} 次 (JJF 1033-2023: n ≥ 10 where possible; got n = ${n})`]
      : [];
  const shown = roundMeasured(sOfResult);
  const base = { n, m, mean: roundMeasured(mean), s: roundMeasured(s), sOfResult: shown, warnings };

  if (input.budgetRepeatability === undefined) {
    return {
      ...base,
      verdict: 'recorded',
      rule: RULE_RECORDED,
      message: `重复性 s/√m = ${shown}（n = ${n}，m = ${m}），已记录`,
      messageEn: `repeatability s/√m = ${shown} (n = ${n}, m = ${m}), recorded`,
    };
  }
  const budget = requireNonNegativeNumber(input.budgetRepeatability, 'budgetRepeatability');
  const isPass = compareMeasured(sOfResult, budget) <= 0;
  return {
    ...base,
    verdict: isPass ? 'pass' : 'fail',
    rule: RULE_JUDGED,
    message: isPass
      ? `重复性 s/√m = ${shown} 不大于不确定度评定中的重复性分量 ${budget}，符合要求`
      : `重复性 s/√m = ${shown} 大于不确定度评定中的重复性分量 ${budget}，应重新评定测量不确定度`,
    messageEn: isPass
      ? `repeatability s/√m = ${shown} ≤ the budget's ${budget}: pass`
      : `repeatability s/√m = ${shown} > the budget's ${budget}: fail, re-evaluate the uncertainty`,
  };
};
