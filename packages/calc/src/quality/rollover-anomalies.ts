import type { ReadingStep } from '../readings/consumption.ts';
import { parsePointContext, type PointContextInput } from '../readings/point-context.ts';
import { isWithinLimit, requireFraction } from './quality-input.ts';
import { createFinding, type QualityFinding } from './types.ts';

/**
 * Rule 7, rollover anomalies: a wrap where the register was nowhere near its rollover value
 * (STANDARDS §4.1: a DL/T 645-2007 register XXXXXX.XX wraps after 999999.99).
 *
 * consumption.ts (issue 5 §4) accepts a drop as a wrap whenever the wrapped advance is under half the
 * register's range, so that no consumption is lost; a register at 600 000 dropping to 100 is accepted as
 * a 400 100 advance. A real wrap happens when the register was within one interval's advance of the
 * rollover value and lands just above 0, so the advance across the wrap, (modulus − previous) + current,
 * is small. This rule flags a 'rollover' step whose advance exceeds `marginFraction` of the register's
 * modulus (rolloverValue + resolution); default 1 % (our choice: 10 000 kWh for a 999 999.99 register, far
 * above a quarter-hour's advance of any meter it serves). An advance equal to the margin passes.
 * Figures are in register units (before the multiplier), as the wrap happens in the register.
 */
export const ROLLOVER_MARGIN_FRACTION = 0.01;

export type RolloverResult = { anomalousTs: number[]; findings: QualityFinding[] };

export const findRolloverAnomalies = (
  steps: readonly ReadingStep[],
  point: PointContextInput,
  marginFraction = ROLLOVER_MARGIN_FRACTION,
): RolloverResult => {
  const fraction = requireFraction(marginFraction, 'marginFraction');
  const { modulus } = parsePointContext(point);
  const anomalousTs: number[] = [];
  const findings: QualityFinding[] = [];
  if (modulus === null) return { anomalousTs, findings };
  const margin = fraction * modulus;
  steps.forEach((step, i) => {
    if (step.flag !== 'rollover' || step.delta === null || isWithinLimit(step.delta, margin)) return;
    const before = steps[i - 1];
    anomalousTs.push(step.ts);
    findings.push(
      createFinding(
        'rollover',
        { ts: step.ts, period: before === undefined ? null : { from: before.ts, to: step.ts } },
        { measured: step.delta, limit: margin },
        `翻转前后示值推进 ${step.delta}，超过 ${margin}（量程 ${modulus} 的 ${fraction * 100} %），翻转前示值远离满量程`,
        `the advance across the wrap, ${step.delta}, exceeds ${margin} (${fraction * 100} % of the register range ${modulus}): the register was nowhere near its rollover value`,
      ),
    );
  });
  return { anomalousTs, findings };
};
