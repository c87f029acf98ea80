/**
 * Meter-data semantics (issue #5), pure: points and register kinds, consumption from cumulative
 * registers (rollover, meter swaps, negative steps, multiplier), Asia/Shanghai buckets and monthly
 * partitions, rollups that compose hour → day → month, affected buckets for late data, expected
 * readings and gaps. The attribution rule (a reading closes the interval that ends at its ts, so the
 * 00:00 reading belongs to the previous day) is explained in buckets.ts.
 */
export {
  DEFAULT_INTERVAL_MINUTES,
  parsePointContext,
  checkMeterReading,
  type PointContextInput,
  type PointContext,
  type MeterReading,
} from './point-context.ts';
export {
  BUCKET_RESOLUTIONS,
  bucketOf,
  bucketStartOf,
  nextBucketStart,
  describeBucket,
  bucketRange,
  monthPartitionOf,
  type BucketResolution,
  type ReadingBucket,
  type MonthPartition,
} from './buckets.ts';
export {
  CONSUMPTION_FLAGS,
  computeReadingSteps,
  cumulativeConsumption,
  type MeterSwap,
  type ConsumptionFlag,
  type ConsumptionOptions,
  type ReadingStep,
} from './consumption.ts';
export { rollup, combineRollups, coarsenRollups, convertRollup, type ReadingRollup, type FlagCounts } from './rollup.ts';
export { listAffectedBuckets } from './affected-buckets.ts';
export { expectedReadings, findGaps, type ReadingGap } from './gaps.ts';
