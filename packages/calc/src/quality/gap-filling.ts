import { QUALITY_FLAG_BITS, type FillMethod } from '@jiliang/shared';
import type { ReadingGap } from '../readings/gaps.ts';
import { checkIntervalMinutes } from '../readings/point-context.ts';
import { MINUTE_MS, requireIntegerAtLeast, requirePositive, requireSortedSamples } from './quality-input.ts';
import type { QualitySample } from './types.ts';

/**
 * Gap filling on request (issue 6 §3; BM-7(4) cleaning), pure. Every value it returns carries the
 * `estimated` bit and its method, so it is never mixed silently with measured values
 * (estimated-share.ts combines them and says what share of a total is estimated). It fills the slots of
 * the gaps readings/gaps.ts findGaps reports; a slot the method cannot fill is listed in `unfilled`,
 * never guessed another way. Known values are measured ones only: estimates are never a basis.
 *
 * - linear: between the nearest known values before and after the slot, by time. Any register kind: for
 *   a cumulative register the register values (pass `modulus` = rolloverValue + resolution, so that a wrap
 *   inside the gap is interpolated across 0), which spreads the gap's measured consumption evenly; for an
 *   interval or instantaneous point the values themselves. No extrapolation: a slot with no known value
 *   on one side stays unfilled.
 * - weekday_profile: the mean of the same weekday and time of day over the previous `weeks` weeks
 *   (default 4; Shanghai has no daylight saving time, so that is ts − k × 7 days), from `history`, the
 *   per-slot quantity (interval amounts, instantaneous levels, or a cumulative point's per-slot
 *   consumption). With `anchors` (a cumulative register's known readings), the register at both ends of
 *   the gap is known, so the profile only shapes it: the measured advance from the reading before the gap
 *   to the one closing it is split over the missing slots and the closing slot in proportion to their
 *   profile values, and the estimates are register values. A gap whose profile is incomplete or all 0
 *   stays unfilled.
 */
export type EstimatedValue = { ts: number; value: number; method: FillMethod; flags: number };
export type FillResult = { estimated: EstimatedValue[]; unfilled: number[] };

const WEEK_MS = 7 * 86_400_000;
export const PROFILE_WEEKS = 4;

const estimate = (ts: number, value: number, method: FillMethod): EstimatedValue => ({
  ts,
  value,
  method,
  flags: QUALITY_FLAG_BITS.estimated,
});

/** The instants of a gap's missing slots, in order. */
export const listGapSlots = (gap: ReadingGap, intervalMinutes: number): number[] => {
  const intervalMs = checkIntervalMinutes(intervalMinutes) * MINUTE_MS;
  return Array.from({ length: gap.missing }, (_, k) => gap.to - (gap.missing - 1 - k) * intervalMs);
};

/** Index of the last sample with ts < t (−1 when none). */
const lastBefore = (samples: readonly QualitySample[], t: number): number => {
  let low = 0;
  let high = samples.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((samples[middle] as QualitySample).ts < t) low = middle + 1;
    else high = middle;
  }
  return low - 1;
};

const unwrap = (before: number, after: number, modulus: number | undefined): number =>
  modulus !== undefined && after < before ? after + modulus : after;
const wrap = (value: number, modulus: number | undefined): number => (modulus !== undefined && value >= modulus ? value - modulus : value);

export const fillGapsLinear = (
  known: readonly QualitySample[],
  gaps: readonly ReadingGap[],
  intervalMinutes: number,
  options: { modulus?: number } = {},
): FillResult => {
  requireSortedSamples(known, 'known');
  const modulus = options.modulus === undefined ? undefined : requirePositive(options.modulus, 'modulus');
  const result: FillResult = { estimated: [], unfilled: [] };
  for (const gap of gaps) {
    for (const ts of listGapSlots(gap, intervalMinutes)) {
      const i = lastBefore(known, ts);
      const before = known[i];
      const after = known[i + 1];
      if (before === undefined || after === undefined) {
        result.unfilled.push(ts);
        continue;
      }
      const end = unwrap(before.value, after.value, modulus);
      const value = before.value + ((end - before.value) * (ts - before.ts)) / (after.ts - before.ts);
      result.estimated.push(estimate(ts, wrap(value, modulus), 'linear'));
    }
  }
  return result;
};

const profileAt = (byTs: ReadonlyMap<number, number>, ts: number, weeks: number): number | null => {
  let sum = 0;
  let count = 0;
  for (let k = 1; k <= weeks; k += 1) {
    const value = byTs.get(ts - k * WEEK_MS);
    if (value !== undefined) [sum, count] = [sum + value, count + 1];
  }
  return count === 0 ? null : sum / count;
};

export const fillGapsWeekdayProfile = (
  history: readonly QualitySample[],
  gaps: readonly ReadingGap[],
  intervalMinutes: number,
  options: { weeks?: number; anchors?: readonly QualitySample[]; modulus?: number } = {},
): FillResult => {
  requireSortedSamples(history, 'history');
  const weeks = requireIntegerAtLeast(options.weeks ?? PROFILE_WEEKS, 1, 'weeks');
  const modulus = options.modulus === undefined ? undefined : requirePositive(options.modulus, 'modulus');
  const intervalMs = checkIntervalMinutes(intervalMinutes) * MINUTE_MS;
  const byTs = new Map(history.map((s) => [s.ts, s.value]));
  const anchors = options.anchors;
  if (anchors !== undefined) requireSortedSamples(anchors, 'anchors');
  const result: FillResult = { estimated: [], unfilled: [] };
  for (const gap of gaps) {
    const slots = listGapSlots(gap, intervalMinutes);
    if (anchors === undefined) {
      for (const ts of slots) {
        const value = profileAt(byTs, ts, weeks);
        if (value === null) result.unfilled.push(ts);
        else result.estimated.push(estimate(ts, value, 'weekday_profile'));
      }
      continue;
    }
    // A cumulative register: the reading before the gap and the one closing it bound the advance.
    const i = lastBefore(anchors, slots[0] as number);
    const before = anchors[i];
    const after = anchors[i + 1];
    const closingSlot = gap.to + intervalMs;
    const shares = [...slots, closingSlot].map((ts) => profileAt(byTs, ts, weeks));
    const total = shares.reduce<number>((sum, p) => sum + (p ?? 0), 0);
    if (before === undefined || after === undefined || shares.some((p) => p === null || p < 0) || !(total > 0)) {
      result.unfilled.push(...slots);
      continue;
    }
    const advance = unwrap(before.value, after.value, modulus) - before.value;
    let running = 0;
    slots.forEach((ts, k) => {
      running += shares[k] as number;
      result.estimated.push(estimate(ts, wrap(before.value + (advance * running) / total, modulus), 'weekday_profile'));
    });
  }
  return result;
};
