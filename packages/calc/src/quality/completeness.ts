import { expectedReadings, findGaps, type ReadingGap } from '../readings/gaps.ts';
import { isWithinLimit, requireFraction, throwQualityInput } from './quality-input.ts';
import { createFinding, type QualityFinding } from './types.ts';

/**
 * Rule 1, completeness per point and period (STANDARDS §3, the online monitoring system's data-quality
 * requirement: data completeness = uploaded count / expected count ≥ 90 %; "an hourly indicator expects
 * 24 values per day"; CM-6(5)).
 *
 * - expected: the grid slots of the point's interval in the period (from, to] (readings/gaps.ts
 *   expectedReadings: a Shanghai day at 15 min expects 96).
 * - received: the slots a reading fills (nearest slot, readings/gaps.ts findGaps), i.e. expected − the
 *   missing slots. A duplicate or a second reading in one slot is not counted twice, so completeness
 *   never exceeds 100 %. Estimated (filled) values are not readings and are never passed here.
 * - passes when received / expected ≥ threshold (default 0.90): 90 % passes, 89.9 % fails.
 */
export const COMPLETENESS_THRESHOLD = 0.9;

export type CompletenessInput = {
  /** Timestamps of the measured readings, ascending (those near the period's ends may be included). */
  sortedTs: ArrayLike<number>;
  from: number;
  to: number;
  intervalMinutes: number;
  threshold?: number;
};

export type CompletenessResult = {
  expected: number;
  received: number;
  /** received / expected, 0–1. */
  ratio: number;
  threshold: number;
  passes: boolean;
  gaps: ReadingGap[];
  findings: QualityFinding[];
};

export const evaluateCompleteness = (input: CompletenessInput): CompletenessResult => {
  const threshold = requireFraction(input.threshold ?? COMPLETENESS_THRESHOLD, 'threshold');
  const expected = expectedReadings(input.from, input.to, input.intervalMinutes);
  if (expected === 0) {
    throwQualityInput(
      'to',
      'holds_a_slot',
      `时段 (from, to] 内没有应采集时刻（间隔 ${input.intervalMinutes} min）`,
      'the period holds no reading slot, so completeness is undefined',
    );
  }
  const gaps = findGaps(input.sortedTs, input.from, input.to, input.intervalMinutes);
  const received = expected - gaps.reduce((sum, gap) => sum + gap.missing, 0);
  const ratio = received / expected;
  const passes = isWithinLimit(threshold, ratio);
  const percent = (x: number): string => `${Number((x * 100).toFixed(2))} %`;
  const findings = passes
    ? []
    : [
        createFinding(
          'completeness',
          { ts: null, period: { from: input.from, to: input.to } },
          { measured: ratio, limit: threshold },
          `数据完整率 ${percent(ratio)}（${received}/${expected}）低于 ${percent(threshold)}`,
          `completeness ${percent(ratio)} (${received}/${expected}) is below ${percent(threshold)}`,
        ),
      ];
  return { expected, received, ratio, threshold, passes, gaps, findings };
};
