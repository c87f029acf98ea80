import type { ReadingStep } from '../readings/consumption.ts';
import { createFinding, type QualityFinding } from './types.ts';

/**
 * Rule 6, negative consumption: a cumulative register stepping down without a rollover or a meter swap
 * (a register only counts up: DL/T 645-2007 cumulative energy XXXXXX.XX kWh, STANDARDS §4.1), or an
 * interval register reporting a negative amount. The judgement is consumption.ts's (issue 5 §4): it has
 * already tried the rollover (half-range rule) and bridged recorded swaps, and flags what is left
 * 'negative' with no consumption, never zeroed or added. This rule turns those steps into findings.
 * `measured` is the drop in the point's unit (value − previous value, multiplier applied; for an interval
 * register the negative amount itself); the limit is 0.
 */
export type NegativeResult = { negativeTs: number[]; findings: QualityFinding[] };

export const findNegativeConsumption = (steps: readonly ReadingStep[], isInterval = false): NegativeResult => {
  const negativeTs: number[] = [];
  const findings: QualityFinding[] = [];
  steps.forEach((step, i) => {
    if (step.flag !== 'negative') return;
    const before = steps[i - 1];
    const drop = isInterval || before === undefined ? step.value : step.value - before.value;
    negativeTs.push(step.ts);
    findings.push(
      createFinding(
        'negative',
        { ts: step.ts, period: before === undefined ? null : { from: before.ts, to: step.ts } },
        { measured: drop, limit: 0 },
        isInterval ? `区间值为负：${drop}` : `累计值倒退 ${drop}（非翻转、非换表）`,
        isInterval ? `negative interval amount: ${drop}` : `the register went back by ${drop} (no rollover, no meter swap)`,
      ),
    );
  });
  return { negativeTs, findings };
};
