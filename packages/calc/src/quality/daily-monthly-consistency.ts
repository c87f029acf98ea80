import { isWithinLimit, requireFinite, requireFraction, throwQualityInput } from './quality-input.ts';
import { createFinding, type QualityFinding, type QualityPeriod } from './types.ts';

/**
 * Rule 9, daily-vs-monthly consistency (STANDARDS §3, the online monitoring system's data-quality
 * requirement: the deviation between daily-report and monthly-report data is within 5 %).
 *
 * deviation = |Σ daily − monthly| / monthly; passes when deviation ≤ tolerance (default 0.05): 5 % passes,
 * anything above fails. The figures are the two reported series of one indicator and one month (the daily
 * values and the monthly value as uploaded or as booked), in one unit. A monthly value of 0 makes the
 * relative deviation undefined: it passes only when the days sum to 0 too (deviation null). A negative
 * figure is refused: consumption indicators are not negative.
 */
export const CONSISTENCY_TOLERANCE = 0.05;

export type ConsistencyInput = {
  dailyTotals: readonly number[];
  monthlyTotal: number;
  period: QualityPeriod;
  tolerance?: number;
};

export type ConsistencyResult = {
  dailySum: number;
  monthlyTotal: number;
  /** |Σ daily − monthly| / monthly; null when monthly = 0. */
  deviation: number | null;
  tolerance: number;
  passes: boolean;
  findings: QualityFinding[];
};

const requireConsumption = (value: unknown, field: string): number => {
  const number = requireFinite(value, field);
  if (number < 0) throwQualityInput(field, 'non_negative', `${field} 不能为负：${number}`, 'a consumption figure is not negative');
  return number;
};

export const checkDailyMonthlyConsistency = (input: ConsistencyInput): ConsistencyResult => {
  const tolerance = requireFraction(input.tolerance ?? CONSISTENCY_TOLERANCE, 'tolerance');
  const monthlyTotal = requireConsumption(input.monthlyTotal, 'monthlyTotal');
  const dailySum = input.dailyTotals.reduce((sum, value, i) => sum + requireConsumption(value, `dailyTotals[${i}]`), 0);
  const deviation = monthlyTotal === 0 ? null : Math.abs(dailySum - monthlyTotal) / monthlyTotal;
  const passes = deviation === null ? dailySum === 0 : isWithinLimit(deviation, tolerance);
  const percent = (x: number): string => `${Number((x * 100).toPrecision(4))} %`;
  // Shown to a person: ten significant digits hide float noise (1392260.6700000004) and keep any real digit.
  const shown10 = (x: number): number => Number(x.toPrecision(10));
  const shown = deviation === null ? '—' : percent(deviation);
  const findings = passes
    ? []
    : [
        createFinding(
          'consistency',
          { ts: null, period: input.period },
          { measured: deviation, limit: tolerance },
          `日数据合计 ${shown10(dailySum)} 与月数据 ${shown10(monthlyTotal)} 偏差 ${shown}，超过 ${percent(tolerance)}`,
          `the daily values sum to ${shown10(dailySum)} against the monthly ${shown10(monthlyTotal)}: deviation ${shown} exceeds ${percent(tolerance)}`,
        ),
      ];
  return { dailySum, monthlyTotal, deviation, tolerance, passes, findings };
};
