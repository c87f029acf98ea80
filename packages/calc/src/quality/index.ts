/**
 * Data quality (issue 6; CM-6(3), CM-6(5), BM-7(4)), pure: one function per rule, each citing its source,
 * the point-day evaluation that runs them all and flags each reading (bits in @jiliang/shared quality.ts),
 * gap filling that marks every value estimated, the estimated share of a total, and the credibility score.
 * docs/QUALITY.md lists every rule, its source, its boundary, the flags, the fill methods and the formula.
 */
export { QUALITY_SOURCES, type QualitySample, type QualityFinding, type QualityPeriod } from './types.ts';
export { COMPLETENESS_THRESHOLD, evaluateCompleteness, type CompletenessInput, type CompletenessResult } from './completeness.ts';
export { evaluateGaps, type QualityGap, type GapResult } from './quality-gaps.ts';
export { checkRangeLimits, type RangeLimits, type RangeResult } from './range-limits.ts';
export { listRateSamples, findSpikes, type RateSample, type SpikeResult } from './spikes.ts';
export { STUCK_RUN_LENGTH, findStuckValues, type StuckRun, type StuckResult } from './stuck-values.ts';
export { findNegativeConsumption, type NegativeResult } from './negative-consumption.ts';
export { ROLLOVER_MARGIN_FRACTION, findRolloverAnomalies, type RolloverResult } from './rollover-anomalies.ts';
export { DRIFT_TOLERANCE_MS, findTimestampDrift, type DriftedReading, type DriftResult } from './timestamp-drift.ts';
export {
  CONSISTENCY_TOLERANCE,
  checkDailyMonthlyConsistency,
  type ConsistencyInput,
  type ConsistencyResult,
} from './daily-monthly-consistency.ts';
export { checkEnergyBalance, type BalanceMeter, type BalanceInput, type BalanceResult } from './energy-balance-closure.ts';
export {
  checkCalibrationAtReadings,
  type ServingInstrument,
  type CalibrationReasonCode,
  type UncalibratedReading,
  type CalibrationResult,
} from './calibration-status.ts';
export {
  evaluatePointDay,
  type PointDayLimits,
  type PointDayInput,
  type FlaggedReading,
  type PointDayEvaluation,
} from './evaluate-point-day.ts';
export {
  PROFILE_WEEKS,
  listGapSlots,
  fillGapsLinear,
  fillGapsWeekdayProfile,
  type EstimatedValue,
  type FillResult,
} from './gap-filling.ts';
export { combineMeasuredAndEstimated, summariseEstimatedShare, type FlaggedValue, type EstimatedShare } from './estimated-share.ts';
export {
  CREDIBILITY_WEIGHTS,
  EMPTY_CREDIBILITY_COUNTS,
  sumCredibilityCounts,
  scoreCredibility,
  type CredibilityCounts,
  type CredibilityPart,
  type CredibilityGrade,
  type CredibilityScore,
} from './credibility-score.ts';
