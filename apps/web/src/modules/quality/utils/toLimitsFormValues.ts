import type { QualityLimits } from '@jiliang/shared';
import type { LimitsFormValues } from './LimitsFormValues.ts';

/** A point's stored limits as the form shows them: the threshold as a percentage (0.9 → 90). */
export const toLimitsFormValues = (limits: QualityLimits): LimitsFormValues => ({
  min: limits.min,
  max: limits.max,
  maxRatePerHour: limits.maxRatePerHour,
  stuckRunLength: limits.stuckRunLength,
  completenessPercent: Number((limits.completenessThreshold * 100).toFixed(4)),
});
