import { findGaps, type ReadingGap } from '../readings/gaps.ts';
import { MINUTE_MS, requireIntegerAtLeast } from './quality-input.ts';
import { createFinding, type QualityFinding } from './types.ts';

/**
 * Rule 2, gaps: runs of missing intervals (STANDARDS §3: real-time indicators every 15 min, relaxable to
 * 30 min or 1 h; a slot without an upload is missing data; CM-6(3)). The runs come from readings/gaps.ts
 * findGaps (nearest-slot rule); this rule turns the runs of at least `minMissing` slots (default 1) into
 * findings, and names the reading that closes each gap: the first reading after it, whose step spans the
 * missing intervals (for a cumulative register its consumption covers the whole gap), so that reading
 * carries the `gap` flag. A gap that runs to the end of the period has no closing reading (ts null).
 */
export type QualityGap = ReadingGap & {
  /** Duration of the missing run, ms (missing × interval). */
  durationMs: number;
  /** The first reading after the gap within the period, or null. */
  closingTs: number | null;
};

export type GapResult = { gaps: QualityGap[]; findings: QualityFinding[] };

export const evaluateGaps = (
  sortedTs: ArrayLike<number>,
  period: { from: number; to: number },
  intervalMinutes: number,
  minMissing = 1,
): GapResult => {
  requireIntegerAtLeast(minMissing, 1, 'minMissing');
  const runs = findGaps(sortedTs, period.from, period.to, intervalMinutes);
  const intervalMs = intervalMinutes * MINUTE_MS;
  const gaps: QualityGap[] = [];
  let i = 0;
  for (const run of runs) {
    if (run.missing < minMissing) continue;
    // The closing reading is the first one that lies past the last missing slot by more than half an interval
    // (findGaps gives a reading to its nearest slot, so one nearer the missing slot would have filled it).
    while (i < sortedTs.length && (sortedTs[i] as number) < run.to + intervalMs / 2) i += 1;
    const next = i < sortedTs.length ? (sortedTs[i] as number) : null;
    const closingTs = next !== null && next <= period.to + intervalMs / 2 ? next : null;
    gaps.push({ ...run, durationMs: run.missing * intervalMs, closingTs });
  }
  const findings = gaps.map((gap) =>
    createFinding(
      'gap',
      { ts: gap.closingTs, period: { from: gap.from, to: gap.to } },
      { measured: gap.missing, limit: minMissing - 1 },
      `连续缺数 ${gap.missing} 个时段（${gap.durationMs / MINUTE_MS} min）`,
      `${gap.missing} consecutive intervals missing (${gap.durationMs / MINUTE_MS} min)`,
    ),
  );
  return { gaps, findings };
};
