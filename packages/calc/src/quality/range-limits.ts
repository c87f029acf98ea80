import { requireFinite, requireSortedSamples, throwQualityInput } from './quality-input.ts';
import { createFinding, type QualityFinding, type QualitySample } from './types.ts';

/**
 * Rule 3, range limits per point (STANDARDS §3: terminal devices validate the data they collect; BM-7(4)
 * cleaning). The limits are the point's own settings (no standard states them): a sample below `min` or
 * above `max` fails; a sample equal to a limit passes. Either limit may be absent.
 * Which quantity is checked (evaluate-point-day.ts): for an instantaneous or interval register the value
 * in the point's unit (reading × multiplier); for a cumulative register the consumption of each interval,
 * because its register value only has the range 0 … rollover, which ingestion already enforces.
 */
export type RangeLimits = { min?: number | null; max?: number | null };

export type RangeResult = { violations: QualitySample[]; findings: QualityFinding[] };

export const checkRangeLimits = (samples: readonly QualitySample[], limits: RangeLimits): RangeResult => {
  requireSortedSamples(samples, 'samples');
  const min = limits.min == null ? null : requireFinite(limits.min, 'limits.min');
  const max = limits.max == null ? null : requireFinite(limits.max, 'limits.max');
  if (min !== null && max !== null && min > max) {
    throwQualityInput('limits.max', 'not_below_min', `上限 ${max} 小于下限 ${min}`, 'max must not be below min');
  }
  const violations: QualitySample[] = [];
  const findings: QualityFinding[] = [];
  for (const sample of samples) {
    const below = min !== null && sample.value < min;
    const above = max !== null && sample.value > max;
    if (!below && !above) continue;
    violations.push(sample);
    const limit = below ? (min as number) : (max as number);
    findings.push(
      createFinding(
        'range',
        { ts: sample.ts, period: null },
        { measured: sample.value, limit },
        below ? `数值 ${sample.value} 低于下限 ${limit}` : `数值 ${sample.value} 高于上限 ${limit}`,
        below ? `value ${sample.value} is below the minimum ${limit}` : `value ${sample.value} is above the maximum ${limit}`,
      ),
    );
  }
  return { violations, findings };
};
