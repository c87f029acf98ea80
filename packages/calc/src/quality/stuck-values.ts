import { requireIntegerAtLeast, requireSortedSamples } from './quality-input.ts';
import { createFinding, type QualityFinding, type QualitySample } from './types.ts';

/**
 * Rule 5, stuck values (数据不变 / 死值): N identical consecutive values of an instantaneous or interval
 * register while the point should move (STANDARDS §3: terminal devices validate the data; BM-7(4)
 * cleaning). A live measurement of a plant in operation (kW, °C, a quarter-hour's kWh) practically never
 * repeats to its last digit many times in a row; a frozen transmitter or a gateway resending its last
 * value does.
 *
 * - N = `runLength`, default 8: two hours of 15-minute data (our choice; the monitoring specification sets
 *   no figure). A run of N − 1 identical values passes; N fails, and every reading of the run is flagged
 *   (the freeze cannot be dated inside the run).
 * - "While the point should move": values in `restingValues` (default [0]) never count, because 0 kW or
 *   0 kWh for hours is a plant at rest, not a frozen meter. A point that legitimately rests elsewhere
 *   lists that value too; a point that never moves is not given to this rule.
 * - Cumulative registers are not checked: a register standing still is zero consumption (allowed); the
 *   completeness, range and balance rules see a dead meter instead.
 * - Identical means equal as stored (the values are read from the same register digits).
 */
export const STUCK_RUN_LENGTH = 8;

export type StuckRun = { fromTs: number; toTs: number; value: number; count: number };

export type StuckResult = { runs: StuckRun[]; stuckTs: number[]; findings: QualityFinding[] };

export const findStuckValues = (
  samples: readonly QualitySample[],
  options: { runLength?: number; restingValues?: readonly number[] } = {},
): StuckResult => {
  requireSortedSamples(samples, 'samples');
  const runLength = requireIntegerAtLeast(options.runLength ?? STUCK_RUN_LENGTH, 2, 'runLength');
  const resting = new Set(options.restingValues ?? [0]);
  const runs: StuckRun[] = [];
  const stuckTs: number[] = [];
  let start = 0;
  for (let i = 1; i <= samples.length; i += 1) {
    const first = samples[start] as QualitySample;
    if (i < samples.length && (samples[i] as QualitySample).value === first.value) continue;
    const count = i - start;
    if (count >= runLength && !resting.has(first.value)) {
      runs.push({ fromTs: first.ts, toTs: (samples[i - 1] as QualitySample).ts, value: first.value, count });
      for (let k = start; k < i; k += 1) stuckTs.push((samples[k] as QualitySample).ts);
    }
    start = i;
  }
  const findings = runs.map((run) =>
    createFinding(
      'stuck',
      { ts: run.toTs, period: { from: run.fromTs, to: run.toTs } },
      { measured: run.count, limit: runLength - 1 },
      `连续 ${run.count} 个读数均为 ${run.value}（不变上限 ${runLength - 1} 个）`,
      `${run.count} consecutive readings all read ${run.value} (at most ${runLength - 1} allowed)`,
    ),
  );
  return { runs, stuckTs, findings };
};
