import type { RegisterKind } from '@jiliang/shared';
import type { ReadingStep } from '../readings/consumption.ts';
import { checkIntervalMinutes } from '../readings/point-context.ts';
import { HOUR_MS, isWithinLimit, MINUTE_MS, requireFinite, requirePositive, throwQualityInput } from './quality-input.ts';
import { createFinding, type QualityFinding } from './types.ts';

/**
 * Rule 4, spikes: a rate of change above the point's limit (STANDARDS §3: terminal devices validate the
 * data; BM-7(4) cleaning; the limit is the point's own setting). rate = |change| / elapsed hours, flagged
 * on the later reading when rate > maxRatePerHour; a rate equal to the limit passes.
 *
 * What changes (listRateSamples), in the point's unit (multiplier applied):
 * - cumulative register: the register, i.e. each step's consumption over the time since the reading
 *   before. consumption.ts has already unwrapped rollovers and bridged meter swaps, so a wrap is not a
 *   spike; a negative or first step has no consumption and no rate (the `negative` rule covers it).
 *   The limit reads as the largest plausible load: kWh per hour = kW.
 * - interval register: the running total, i.e. each reading's amount over the point's interval.
 * - instantaneous: the value itself, value − previous value over the time between them (kW per hour).
 */
export type RateSample = { ts: number; change: number; elapsedMs: number };

export type SpikeResult = { spikes: (RateSample & { ratePerHour: number })[]; findings: QualityFinding[] };

/** Rate samples of a point's steps (in time order, as computeReadingSteps returns them). */
export const listRateSamples = (steps: readonly ReadingStep[], registerKind: RegisterKind, intervalMinutes: number): RateSample[] => {
  const intervalMs = checkIntervalMinutes(intervalMinutes) * MINUTE_MS;
  const samples: RateSample[] = [];
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as ReadingStep;
    const before = steps[i - 1];
    if (before !== undefined && !(step.ts > before.ts)) {
      throwQualityInput(`steps[${i}].ts`, 'strictly_increasing', `steps 必须按时间严格递增：第 ${i} 项`, 'steps must be in time order');
    }
    if (registerKind === 'interval') {
      if (step.consumption !== null) samples.push({ ts: step.ts, change: step.consumption, elapsedMs: intervalMs });
    } else if (before === undefined) {
      continue;
    } else if (registerKind === 'cumulative') {
      if (step.consumption !== null) samples.push({ ts: step.ts, change: step.consumption, elapsedMs: step.ts - before.ts });
    } else {
      samples.push({ ts: step.ts, change: step.value - before.value, elapsedMs: step.ts - before.ts });
    }
  }
  return samples;
};

export const findSpikes = (samples: readonly RateSample[], maxRatePerHour: number): SpikeResult => {
  const limit = requirePositive(maxRatePerHour, 'maxRatePerHour');
  const spikes: SpikeResult['spikes'] = [];
  const findings: QualityFinding[] = [];
  samples.forEach((sample, i) => {
    requireFinite(sample.change, `samples[${i}].change`);
    requirePositive(sample.elapsedMs, `samples[${i}].elapsedMs`);
    const ratePerHour = Math.abs(sample.change) / (sample.elapsedMs / HOUR_MS);
    if (isWithinLimit(ratePerHour, limit)) return;
    spikes.push({ ...sample, ratePerHour });
    findings.push(
      createFinding(
        'spike',
        { ts: sample.ts, period: { from: sample.ts - sample.elapsedMs, to: sample.ts } },
        { measured: ratePerHour, limit },
        `变化率 ${Number(ratePerHour.toPrecision(6))}/h 超过限值 ${limit}/h`,
        `rate of change ${Number(ratePerHour.toPrecision(6))}/h exceeds the limit ${limit}/h`,
      ),
    );
  });
  return { spikes, findings };
};
