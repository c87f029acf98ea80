import { startOfShanghaiDay } from '../lifecycle/calendar.ts';
import { checkInstant } from '../readings/buckets.ts';
import { checkIntervalMinutes } from '../readings/point-context.ts';
import { MINUTE_MS, requireNonNegative } from './quality-input.ts';
import { createFinding, type QualityFinding } from './types.ts';

/**
 * Rule 8, timestamp drift: a reading off the interval grid by more than a tolerance. STANDARDS §3 (the
 * online monitoring system's data-quality requirement) allows daily data ≤ 1 min from 00:00 and monthly
 * data ≤ 1 day from the 1st 00:00; we apply the 1-minute rule to every slot of the point's grid (slots
 * every intervalMinutes from 00:00 Asia/Shanghai, readings/gaps.ts). The offset is the distance to the
 * nearest slot; |offset| = tolerance passes, one millisecond more fails. A monthly indicator passes
 * toleranceMs = 86 400 000.
 */
export const DRIFT_TOLERANCE_MS = 60_000;

/** 1970-01-01 00:00 in Shanghai, the origin of every grid (the same as readings/gaps.ts). */
const GRID_ORIGIN_MS = startOfShanghaiDay('1970-01-01').getTime();

export type DriftedReading = { ts: number; slotTs: number; offsetMs: number };

export type DriftResult = { drifted: DriftedReading[]; findings: QualityFinding[] };

export const findTimestampDrift = (tsList: ArrayLike<number>, intervalMinutes: number, toleranceMs = DRIFT_TOLERANCE_MS): DriftResult => {
  const intervalMs = checkIntervalMinutes(intervalMinutes) * MINUTE_MS;
  const tolerance = requireNonNegative(toleranceMs, 'toleranceMs');
  const drifted: DriftedReading[] = [];
  for (let i = 0; i < tsList.length; i += 1) {
    const ts = checkInstant(tsList[i], `ts[${i}]`);
    const slotTs = GRID_ORIGIN_MS + Math.round((ts - GRID_ORIGIN_MS) / intervalMs) * intervalMs;
    const offsetMs = ts - slotTs;
    if (Math.abs(offsetMs) > tolerance) drifted.push({ ts, slotTs, offsetMs });
  }
  const findings = drifted.map((d) =>
    createFinding(
      'drift',
      { ts: d.ts, period: null },
      { measured: d.offsetMs, limit: tolerance },
      `时标偏离采集时刻 ${d.offsetMs / 1000} s（允许 ±${tolerance / 1000} s）`,
      `timestamp is ${d.offsetMs / 1000} s off its slot (±${tolerance / 1000} s allowed)`,
    ),
  );
  return { drifted, findings };
};
