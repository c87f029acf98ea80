import { startOfShanghaiDay, toShanghaiDate } from '../lifecycle/calendar.ts';
import { throwReadingInput } from './point-context.ts';

/**
 * Rollup buckets in Asia/Shanghai (issue #5 "Storage": hour, day and calendar month).
 *
 * Attribution rule, used by the whole readings module: a reading stamped ts closes the interval that
 * ends at ts, so it belongs to the bucket (start, end] — start exclusive, end inclusive. The reading at
 * 00:00 closes 23:45–00:00 and belongs to the previous day; the one at 00:00 on the 1st belongs to the
 * previous month; the one at 11:00 belongs to hour '10:00'. This is the online monitoring system's
 * practice: daily data is stamped at 00:00 (time-stamp deviation ≤ 1 min from 00:00) and monthly data at
 * the 1st 00:00 (STANDARDS §3), i.e. a day's total is the register at the next 00:00 minus the one
 * at this 00:00. Instantaneous values follow the same rule, so one function decides every bucket.
 *
 * A bucket is keyed by its start instant (epoch ms, stable and sortable) and labelled by its start in
 * Shanghai time: 'YYYY-MM-DD HH:00', 'YYYY-MM-DD', 'YYYY-MM'. Query ranges are periods (from, to] too,
 * so (1 March 00:00, 1 April 00:00] is exactly the 31 days of March.
 *
 * Exception: a storage partition (monthPartitionOf) holds readings by instant, [from, to), because a
 * PostgreSQL range partition is FROM inclusive, TO exclusive. Recomputing a bucket always needs the reading
 * before it as well (consumption.ts `previous`), so a rollup never depends on a single partition anyway.
 *
 * Shanghai has kept UTC+8 without daylight saving time since 1991 (lifecycle/calendar.ts), so every
 * hour and day has a fixed length and every hour lies inside one day, every day inside one month.
 */
export type BucketResolution = 'hour' | 'day' | 'month';

export const BUCKET_RESOLUTIONS: readonly BucketResolution[] = ['hour', 'day', 'month'];

export type ReadingBucket = {
  resolution: BucketResolution;
  /** Exclusive start, epoch ms: the key. */
  start: number;
  /** Inclusive end, epoch ms: the start of the next bucket. */
  end: number;
  label: string;
};

export type MonthPartition = { name: string; from: number; to: number };

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** +8 h, taken from calendar.ts rather than restated: 1970-01-01 00:00 in Shanghai is 8 h before the epoch. */
const SHANGHAI_OFFSET_MS = -startOfShanghaiDay('1970-01-01').getTime();
/** Guard against a range that would list millions of buckets (a decade of hours is 87 660). */
const MAX_BUCKETS_IN_RANGE = 1_000_000;

/** Rank for "is this resolution coarser": hour < day < month. */
export const RESOLUTION_RANK: Readonly<Record<BucketResolution, number>> = { hour: 0, day: 1, month: 2 };

export const checkResolution = (resolution: unknown, field = 'resolution'): BucketResolution => {
  if (!BUCKET_RESOLUTIONS.includes(resolution as BucketResolution)) {
    throwReadingInput(field, 'one_of', `${field} 必须是 hour / day / month：${String(resolution)}`, 'unknown bucket resolution');
  }
  return resolution as BucketResolution;
};

export const checkInstant = (ts: unknown, field: string): number => {
  if (typeof ts !== 'number' || !Number.isSafeInteger(ts)) {
    throwReadingInput(field, 'epoch_ms', `${field} 必须是整数毫秒时间戳：${String(ts)}`, 'must be an integer epoch-ms instant');
  }
  return ts;
};

/** Start of the bucket that contains the instant t (start ≤ t < end), for internal arithmetic. */
export const startOfBucketContaining = (t: number, resolution: BucketResolution): number => {
  if (resolution === 'hour') return Math.floor(t / HOUR_MS) * HOUR_MS; // the offset is a whole number of hours
  if (resolution === 'day') return Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  const local = new Date(t + SHANGHAI_OFFSET_MS);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - SHANGHAI_OFFSET_MS;
};

/** The start of the bucket after the one starting at `start`. */
export const nextBucketStart = (start: number, resolution: BucketResolution): number => {
  if (resolution === 'hour') return start + HOUR_MS;
  if (resolution === 'day') return start + DAY_MS;
  const local = new Date(start + SHANGHAI_OFFSET_MS);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - SHANGHAI_OFFSET_MS;
};

/** The key of the bucket a reading at ts is attributed to, (start, end]: no validation, no label (hot loops). */
export const bucketStartOf = (ts: number, resolution: BucketResolution): number => startOfBucketContaining(ts - 1, resolution);

const labelOf = (start: number, resolution: BucketResolution): string => {
  const date = toShanghaiDate(new Date(start));
  if (resolution === 'month') return date.slice(0, 7);
  if (resolution === 'day') return date;
  const hour = Math.floor((start - startOfBucketContaining(start, 'day')) / HOUR_MS);
  return `${date} ${String(hour).padStart(2, '0')}:00`;
};

/** Labels for many bucket starts of one resolution (rollups): the Shanghai date is formatted once per day. */
export const createBucketLabeler = (resolution: BucketResolution): ((start: number) => string) => {
  if (resolution !== 'hour') return (start) => labelOf(start, resolution);
  let dayStart = Number.NaN;
  let dayLabel = '';
  return (start) => {
    const day = startOfBucketContaining(start, 'day');
    if (day !== dayStart) [dayStart, dayLabel] = [day, toShanghaiDate(new Date(day))];
    return `${dayLabel} ${String((start - day) / HOUR_MS).padStart(2, '0')}:00`;
  };
};

/** The bucket a reading stamped ts belongs to: 2025-03-01T16:00Z (00:00 on 2 March in Shanghai) → day '2025-03-01'. */
export const bucketOf = (ts: number, resolution: BucketResolution): ReadingBucket => {
  checkInstant(ts, 'ts');
  checkResolution(resolution);
  return describeBucket(bucketStartOf(ts, resolution), resolution);
};

/** The bucket that starts at `start`; throws when `start` is not a bucket boundary of that resolution. */
export const describeBucket = (start: number, resolution: BucketResolution): ReadingBucket => {
  checkInstant(start, 'start');
  checkResolution(resolution);
  if (startOfBucketContaining(start, resolution) !== start) {
    throwReadingInput(
      'start',
      'bucket_boundary',
      `start 不是 ${resolution} 时段的起点（上海时间）：${start}`,
      'not a bucket start in Asia/Shanghai',
    );
  }
  return { resolution, start, end: nextBucketStart(start, resolution), label: labelOf(start, resolution) };
};

/** The starts of the buckets that cover the period (from, to], in order; empty when from = to. */
export const bucketRange = (from: number, to: number, resolution: BucketResolution): number[] => {
  checkInstant(from, 'from');
  checkInstant(to, 'to');
  checkResolution(resolution);
  if (from > to)
    throwReadingInput('to', 'not_before_from', `to 不能早于 from：${to} < ${from}`, 'the period (from, to] must not be reversed');
  const starts: number[] = [];
  if (from === to) return starts;
  const last = bucketStartOf(to, resolution);
  for (let start = startOfBucketContaining(from, resolution); start <= last; start = nextBucketStart(start, resolution)) {
    if (starts.length === MAX_BUCKETS_IN_RANGE) {
      throwReadingInput('to', 'max_buckets', `时段内 ${resolution} 桶数超过 ${MAX_BUCKETS_IN_RANGE}`, 'range too long for this resolution');
    }
    starts.push(start);
  }
  return starts;
};

/**
 * The monthly storage partition of the reading stamped ts, by instant [from, to) in Shanghai time:
 * 2025-03-31T16:30Z is 00:30 on 1 April in Shanghai → { name: 'y2025m04', … }.
 */
export const monthPartitionOf = (ts: number): MonthPartition => {
  checkInstant(ts, 'ts');
  const from = startOfBucketContaining(ts, 'month');
  const label = labelOf(from, 'month');
  return { name: `y${label.slice(0, 4)}m${label.slice(5, 7)}`, from, to: nextBucketStart(from, 'month') };
};
