import type { QualityLimitsInput } from '@jiliang/shared';
import type { LimitsFormValues } from './LimitsFormValues.ts';

const orNull = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * The form as the PUT body (qualityLimitsInputSchema): an empty field is null, which switches that check off (a null
 * stuck run length turns the stuck rule off, docs/QUALITY.md §5); the threshold goes from percent to a fraction,
 * 90 → 0.9 (the online-monitoring default, STANDARDS §3), rounded to 6 decimals so 89.9 is 0.899 and not 0.8990000000000001.
 */
export const toQualityLimitsInput = (values: LimitsFormValues): QualityLimitsInput => {
  const percent = orNull(values.completenessPercent) ?? 90;
  return {
    min: orNull(values.min),
    max: orNull(values.max),
    maxRatePerHour: orNull(values.maxRatePerHour),
    stuckRunLength: orNull(values.stuckRunLength),
    completenessThreshold: Number((percent / 100).toFixed(6)),
  };
};
