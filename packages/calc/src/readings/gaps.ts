import { startOfShanghaiDay } from '../lifecycle/calendar.ts';
import { checkInstant } from './buckets.ts';
import { checkIntervalMinutes, throwReadingInput } from './point-context.ts';

/**
 * Expected readings and gaps (STANDARDS §3: data completeness = uploaded count / expected count ≥ 90 %;
 * "an hourly indicator expects 24 values per day"; real-time indicators every 15 min).
 *
 * The reading grid: slots at every multiple of intervalMinutes from 00:00 Shanghai time (the interval
 * divides 1440, so every day has the same slots: 96 for 15 min, 24 for 60 min, 1 for 1440 min).
 * Periods are (from, to] as everywhere in this module (buckets.ts), so one day expects exactly
 * 1440 / interval readings: the slots after its 00:00, up to and including the next 00:00.
 * A reading fills the slot nearest to its ts (half an interval either side, ties to the later slot), so a
 * meter stamping 10:15:03 fills 10:15. A gap is a run of consecutive unfilled slots.
 */
export type ReadingGap = {
  /** The last slot before the gap (filled, or the period start): the gap is the period (from, to]. */
  from: number;
  /** The last missing slot. */
  to: number;
  /** Missing slots in the gap. */
  missing: number;
};

const MINUTE_MS = 60_000;
/** 1970-01-01 00:00 Shanghai is 8 h before the epoch; slots count from there (calendar.ts keeps the offset). */
const GRID_ORIGIN_MS = startOfShanghaiDay('1970-01-01').getTime();

const checkPeriod = (from: number, to: number): void => {
  checkInstant(from, 'from');
  checkInstant(to, 'to');
  if (from > to)
    throwReadingInput('to', 'not_before_from', `to 不能早于 from：${to} < ${from}`, 'the period (from, to] must not be reversed');
};

/** Index of the last slot at or before t. */
const slotAtOrBefore = (t: number, intervalMs: number): number => Math.floor((t - GRID_ORIGIN_MS) / intervalMs);

/** Number of grid slots in (from, to]: a Shanghai day at 15 min → 96. */
export const expectedReadings = (from: number, to: number, intervalMinutes: number): number => {
  checkPeriod(from, to);
  const intervalMs = checkIntervalMinutes(intervalMinutes) * MINUTE_MS;
  return slotAtOrBefore(to, intervalMs) - slotAtOrBefore(from, intervalMs);
};

/** Runs of grid slots in (from, to] that no reading fills, in order. sortedTs must be ascending. */
export const findGaps = (sortedTs: ArrayLike<number>, from: number, to: number, intervalMinutes: number): ReadingGap[] => {
  checkPeriod(from, to);
  const intervalMs = checkIntervalMinutes(intervalMinutes) * MINUTE_MS;
  const firstSlot = slotAtOrBefore(from, intervalMs) + 1;
  const lastSlot = slotAtOrBefore(to, intervalMs);
  const slotTs = (slot: number): number => GRID_ORIGIN_MS + slot * intervalMs;
  const gaps: ReadingGap[] = [];
  let nextExpected = firstSlot; // the first slot not yet known to be filled
  let previousTs = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < sortedTs.length; i += 1) {
    const ts = sortedTs[i] as number;
    if (!Number.isSafeInteger(ts)) checkInstant(ts, `sortedTs[${i}]`);
    if (ts < previousTs)
      throwReadingInput(`sortedTs[${i}]`, 'ascending', `sortedTs 必须按时间升序：第 ${i} 项 ${ts}`, 'sort the timestamps first');
    previousTs = ts;
    const slot = Math.floor((ts - GRID_ORIGIN_MS + intervalMs / 2) / intervalMs); // nearest slot, ties up
    if (slot < nextExpected) continue;
    if (slot > lastSlot) break;
    if (slot > nextExpected) gaps.push({ from: slotTs(nextExpected - 1), to: slotTs(slot - 1), missing: slot - nextExpected });
    nextExpected = slot + 1;
  }
  if (nextExpected <= lastSlot) gaps.push({ from: slotTs(nextExpected - 1), to: slotTs(lastSlot), missing: lastSlot - nextExpected + 1 });
  return gaps;
};
