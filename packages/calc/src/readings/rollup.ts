import { convertUnit } from '../units/index.ts';
import {
  bucketStartOf,
  checkResolution,
  createBucketLabeler,
  nextBucketStart,
  RESOLUTION_RANK,
  startOfBucketContaining,
  type BucketResolution,
} from './buckets.ts';
import { CONSUMPTION_FLAGS, type ConsumptionFlag, type ReadingStep } from './consumption.ts';
import { throwReadingInput } from './point-context.ts';

/**
 * Rollups per hour, day and calendar month in Asia/Shanghai (issue #5 "Storage"), so that no screen
 * scans raw readings. A step belongs to the bucket (start, end] that contains its ts (buckets.ts: the
 * 00:00 reading closes the previous day).
 *
 * - `sum` is the consumption: the sum of the non-null `consumption` of the steps (multiplier applied);
 *   `consumptionCount` says how many steps contributed. A 'negative' or 'first' step adds nothing to sum
 *   and is counted in `flags`, so a short day is visible, never silently filled.
 * - `count` is the number of readings; `min`, `max`, `mean` (= valueSum / count), `first`, `last` are
 *   over the steps' `value` (reading × multiplier). For an instantaneous point they are the statistics;
 *   for a cumulative one they are register values, which restart at a meter swap.
 * - Composition: a rollup is a commutative summary (sums, counts, min, max, first/last by ts), so
 *   coarsenRollups(rollup(steps, 'hour'), 'day') equals rollup(steps, 'day') field by field. Sums of
 *   binary fractions (0.25 kWh steps, integer multipliers) are exact; otherwise floating-point addition in
 *   another order may differ in the last bits (relative 1e-15 per addition).
 * - combineRollups needs two partial rollups of disjoint readings (the store keys readings by
 *   (point, ts), so a reading lands in one partial); a shared first or last ts is refused.
 */
export type FlagCounts = Record<ConsumptionFlag, number>;

export type ReadingRollup = {
  resolution: BucketResolution;
  /** Bucket key: its exclusive start, epoch ms (buckets.ts). */
  bucket: number;
  label: string;
  /** Consumption in the point's unit. */
  sum: number;
  consumptionCount: number;
  count: number;
  valueSum: number;
  mean: number;
  min: number;
  max: number;
  first: number;
  firstTs: number;
  last: number;
  lastTs: number;
  flags: FlagCounts;
};

const emptyFlags = (): FlagCounts => ({ ok: 0, rollover: 0, negative: 0, swap: 0, first: 0 });

const startRollup = (resolution: BucketResolution, bucket: number, label: string, step: ReadingStep): ReadingRollup => ({
  resolution,
  bucket,
  label,
  sum: 0,
  consumptionCount: 0,
  count: 0,
  valueSum: 0,
  mean: step.value,
  min: step.value,
  max: step.value,
  first: step.value,
  firstTs: step.ts,
  last: step.value,
  lastTs: step.ts,
  flags: emptyFlags(),
});

const addStep = (target: ReadingRollup, step: ReadingStep): void => {
  if (!Number.isSafeInteger(step.ts) || !Number.isFinite(step.value) || typeof target.flags[step.flag] !== 'number') {
    throwReadingInput(
      'steps',
      'reading_step',
      `不是读数步：${JSON.stringify(step)}`,
      'expected { ts, value, delta, consumption, flag } from computeReadingSteps',
    );
  }
  target.count += 1;
  if (step.consumption !== null) {
    target.sum += step.consumption;
    target.consumptionCount += 1;
  }
  target.valueSum += step.value;
  target.mean = target.valueSum / target.count;
  if (step.value < target.min) target.min = step.value;
  if (step.value > target.max) target.max = step.value;
  if (step.ts < target.firstTs) [target.first, target.firstTs] = [step.value, step.ts];
  if (step.ts > target.lastTs) [target.last, target.lastTs] = [step.value, step.ts];
  target.flags[step.flag] += 1;
};

/** Fold `source` into `target` (same or coarser bucket); the caller checked that they share no reading. */
const mergeInto = (target: ReadingRollup, source: ReadingRollup): void => {
  target.sum += source.sum;
  target.consumptionCount += source.consumptionCount;
  target.count += source.count;
  target.valueSum += source.valueSum;
  target.mean = target.valueSum / target.count;
  target.min = Math.min(target.min, source.min);
  target.max = Math.max(target.max, source.max);
  if (source.firstTs < target.firstTs) [target.first, target.firstTs] = [source.first, source.firstTs];
  if (source.lastTs > target.lastTs) [target.last, target.lastTs] = [source.last, source.lastTs];
  for (const flag of CONSUMPTION_FLAGS) target.flags[flag] += source.flags[flag];
};

const copyRollup = (rollup: ReadingRollup, resolution: BucketResolution, bucket: number, label: string): ReadingRollup => ({
  ...rollup,
  resolution,
  bucket,
  label,
  flags: { ...rollup.flags },
});

/** One rollup per bucket that has steps, ordered by bucket. Steps in any order. */
export const rollup = (steps: readonly ReadingStep[], resolution: BucketResolution): ReadingRollup[] => {
  checkResolution(resolution);
  const byBucket = new Map<number, ReadingRollup>();
  const labelOf = createBucketLabeler(resolution);
  let start = Number.NaN;
  let end = Number.NaN;
  let current: ReadingRollup | undefined;
  for (const step of steps) {
    if (!(step.ts > start && step.ts <= end) || current === undefined) {
      start = bucketStartOf(step.ts, resolution);
      end = nextBucketStart(start, resolution);
      current = byBucket.get(start);
      if (current === undefined) {
        current = startRollup(resolution, start, labelOf(start), step);
        byBucket.set(start, current);
      }
    }
    addStep(current, step);
  }
  return [...byBucket.values()].sort((a, b) => a.bucket - b.bucket);
};

const sharesReading = (a: ReadingRollup, b: ReadingRollup): boolean =>
  a.firstTs === b.firstTs || a.firstTs === b.lastTs || a.lastTs === b.firstTs || a.lastTs === b.lastTs;

/** Two partial rollups of the same bucket, from disjoint readings, as one. */
export const combineRollups = (a: ReadingRollup, b: ReadingRollup): ReadingRollup => {
  if (a.resolution !== b.resolution || a.bucket !== b.bucket) {
    throwReadingInput(
      'b.bucket',
      'same_bucket',
      `只能合并同一时段的汇总：${a.resolution} ${a.label} ≠ ${b.resolution} ${b.label}`,
      'use coarsenRollups to roll hours into days',
    );
  }
  if (sharesReading(a, b)) {
    throwReadingInput('b', 'disjoint_readings', `两份汇总包含同一读数（${a.label}）`, 'a reading would be counted twice');
  }
  const combined = copyRollup(a, a.resolution, a.bucket, a.label);
  mergeInto(combined, b);
  return combined;
};

/** Hour → day → month (or day → month): one rollup per coarser bucket, ordered by bucket. */
export const coarsenRollups = (rollups: readonly ReadingRollup[], resolution: BucketResolution): ReadingRollup[] => {
  checkResolution(resolution);
  const byBucket = new Map<number, ReadingRollup>();
  const labelOf = createBucketLabeler(resolution);
  const inOrder = [...rollups].sort((a, b) => a.bucket - b.bucket);
  for (const source of inOrder) {
    if (RESOLUTION_RANK[source.resolution] > RESOLUTION_RANK[resolution]) {
      throwReadingInput('resolution', 'coarser', `不能把 ${source.resolution} 汇总拆成 ${resolution}`, 'a rollup can only be coarsened');
    }
    // A finer bucket (s, e] lies inside the coarser bucket that contains the instant s (buckets.ts).
    const bucket = startOfBucketContaining(source.bucket, resolution);
    const target = byBucket.get(bucket);
    if (target === undefined) {
      byBucket.set(bucket, copyRollup(source, resolution, bucket, labelOf(bucket)));
    } else {
      if (sharesReading(target, source)) {
        throwReadingInput('rollups', 'disjoint_readings', `两份汇总包含同一读数（${source.label}）`, 'a reading would be counted twice');
      }
      mergeInto(target, source);
    }
  }
  return [...byBucket.values()];
};

/** The rollup in another unit of the same dimension (kWh → MWh), via units/convertUnit; counts and flags unchanged. */
export const convertRollup = (rollup: ReadingRollup, from: string, to: string): ReadingRollup => {
  const convert = (value: number): number => convertUnit(value, from, to);
  return {
    ...rollup,
    sum: convert(rollup.sum),
    valueSum: convert(rollup.valueSum),
    mean: convert(rollup.mean),
    min: convert(rollup.min),
    max: convert(rollup.max),
    first: convert(rollup.first),
    last: convert(rollup.last),
    flags: { ...rollup.flags },
  };
};
