import { QUALITY_FLAG_BITS, type QualityFlag, type QualityRule } from '@jiliang/shared';
import { startOfShanghaiDay, type CalendarDate } from '../lifecycle/calendar.ts';
import { computeReadingSteps, type MeterSwap, type ReadingStep } from '../readings/consumption.ts';
import { parsePointContext, type MeterReading, type PointContextInput } from '../readings/point-context.ts';
import { checkCalibrationAtReadings, type ServingInstrument } from './calibration-status.ts';
import { evaluateCompleteness, type CompletenessResult } from './completeness.ts';
import { type CredibilityCounts } from './credibility-score.ts';
import { checkDailyMonthlyConsistency, type ConsistencyInput } from './daily-monthly-consistency.ts';
import { checkEnergyBalance, type BalanceInput } from './energy-balance-closure.ts';
import { findNegativeConsumption } from './negative-consumption.ts';
import { evaluateGaps } from './quality-gaps.ts';
import { throwQualityInput } from './quality-input.ts';
import { checkRangeLimits } from './range-limits.ts';
import { findRolloverAnomalies } from './rollover-anomalies.ts';
import { findSpikes, listRateSamples } from './spikes.ts';
import { findStuckValues } from './stuck-values.ts';
import { findTimestampDrift } from './timestamp-drift.ts';
import type { QualityFinding, QualityPeriod } from './types.ts';

/**
 * Every rule for one point and one Asia/Shanghai day (issue 6 §2: evaluations are stored per point and
 * day). The day is the period (00:00, next 00:00] (readings/buckets.ts: the 00:00 reading closes the day
 * before). Steps come from consumption.ts once, with `previous` (the last reading before the day) in front
 * so that the day's first reading has its delta and its rate; `previous` itself is not flagged here.
 *
 * Flags: reading-level rules (range, spike, stuck, negative, rollover, drift, calibration) set their bit
 * on the readings they judge; `gap` goes on the reading that closes a gap; a period-level rule that fails
 * (completeness, consistency, balance) sets its bit on every reading of the day. `flags` of the day is
 * the union of all of them, so a day with no reading at all still shows `completeness` and `gap`.
 * A rule runs only when its inputs are given (limits, instruments, balance, consistency); the others are
 * listed in `skipped` with the reason, never silently passed.
 * Stuck runs are counted within the day: a run that crosses midnight counts in each day by its own part.
 */
export type PointDayLimits = {
  min?: number | null;
  max?: number | null;
  maxRatePerHour?: number | null;
  /** N of the stuck rule (default 8); null switches the rule off for the point. */
  stuckRunLength?: number | null;
  restingValues?: readonly number[];
  driftToleranceMs?: number;
  rolloverMarginFraction?: number;
  completenessThreshold?: number;
};

export type PointDayInput = {
  day: CalendarDate;
  point: PointContextInput;
  /** The point's readings in the day (00:00, next 00:00], any order, register units as stored. */
  readings: readonly MeterReading[];
  previous?: MeterReading;
  /**
   * The first reading after the day, if any: it only fills the day's last slot when it lies nearer to it
   * than to the next one (a reading stamped 00:00:20 closes today's 00:00 slot, readings/gaps.ts), so that a
   * reading a few seconds late at midnight is not lost to completeness. It is not flagged here.
   */
  next?: MeterReading;
  swaps?: readonly MeterSwap[];
  limits?: PointDayLimits;
  /** The instruments serving the point over time; absent: the calibration rule is skipped. */
  instruments?: readonly ServingInstrument[];
  /** This point as a parent meter, its day totals against its children's. */
  balance?: BalanceInput;
  /** The month's daily and monthly figures of this point's indicator. */
  consistency?: ConsistencyInput;
};

export type FlaggedReading = MeterReading & { flags: number };

export type PointDayEvaluation = {
  day: CalendarDate;
  period: QualityPeriod;
  readings: FlaggedReading[];
  /** Union of the readings' flags and the failed period-level rules. */
  flags: number;
  findings: QualityFinding[];
  evaluated: QualityRule[];
  skipped: { rule: QualityRule; reason: string }[];
  completeness: CompletenessResult;
  credibility: CredibilityCounts;
};

const DAY_MS = 86_400_000;

/** The bits that make a reading invalid for the credibility score's validity part (rules 3–8). */
const VALIDITY_MASK = (['range', 'spike', 'stuck', 'negative', 'rollover', 'drift'] as const).reduce(
  (mask, flag) => mask | QUALITY_FLAG_BITS[flag],
  0,
);

export const evaluatePointDay = (input: PointDayInput): PointDayEvaluation => {
  const context = parsePointContext(input.point);
  const from = startOfShanghaiDay(input.day).getTime();
  const period = { from, to: from + DAY_MS };
  const limits = input.limits ?? {};
  const readings = [...input.readings].sort((a, b) => a.ts - b.ts);
  readings.forEach((reading, i) => {
    if (!(reading.ts > period.from && reading.ts <= period.to)) {
      throwQualityInput(`readings[${i}].ts`, 'in_day', `读数不在 ${input.day} (00:00, 次日 00:00] 内：${reading.ts}`, 'not in the day');
    }
  });
  if (input.previous !== undefined && !(input.previous.ts <= period.from)) {
    throwQualityInput('previous.ts', 'before_day', `previous 必须不晚于 ${input.day} 00:00`, 'previous is the last reading before the day');
  }
  const withPrevious = input.previous === undefined ? readings : [input.previous, ...readings];
  const allSteps = computeReadingSteps(withPrevious, input.point, { swaps: input.swaps ?? [] });
  const offset = withPrevious.length - readings.length;
  const steps: ReadingStep[] = allSteps.slice(offset);
  const tsList = readings.map((r) => r.ts);
  const index = new Map(tsList.map((ts, i) => [ts, i]));
  const flags = new Array<number>(readings.length).fill(0);
  const findings: QualityFinding[] = [];
  const evaluated: QualityRule[] = [];
  const skipped: PointDayEvaluation['skipped'] = [];
  let dayFlags = 0;

  const mark = (rule: QualityFlag, tsOfReadings: readonly (number | null)[]): void => {
    for (const ts of tsOfReadings) {
      const i = ts === null ? undefined : index.get(ts);
      if (i !== undefined) flags[i] = (flags[i] as number) | QUALITY_FLAG_BITS[rule];
    }
  };
  const record = (rule: QualityRule, result: { findings: QualityFinding[] }, flagged: readonly (number | null)[]): void => {
    evaluated.push(rule);
    findings.push(...result.findings);
    if (result.findings.length > 0) dayFlags |= QUALITY_FLAG_BITS[rule];
    mark(rule, flagged);
  };
  const skip = (rule: QualityRule, reason: string): void => void skipped.push({ rule, reason });

  const slotTs = input.next === undefined ? tsList : [...tsList, input.next.ts];
  if (input.next !== undefined && !(input.next.ts > period.to)) {
    throwQualityInput('next.ts', 'after_day', `next 必须晚于 ${input.day} 结束时刻`, 'next is the first reading after the day');
  }
  const completeness = evaluateCompleteness({
    sortedTs: slotTs,
    ...period,
    intervalMinutes: context.intervalMinutes,
    ...(limits.completenessThreshold === undefined ? {} : { threshold: limits.completenessThreshold }),
  });
  record('completeness', completeness, completeness.passes ? [] : tsList);
  const gaps = evaluateGaps(slotTs, period, context.intervalMinutes);
  record(
    'gap',
    gaps,
    gaps.gaps.map((g) => g.closingTs),
  );

  const isCumulative = context.registerKind === 'cumulative';
  const checked = steps.flatMap((s) =>
    isCumulative ? (s.consumption === null ? [] : [{ ts: s.ts, value: s.consumption }]) : [{ ts: s.ts, value: s.value }],
  );
  if (limits.min == null && limits.max == null) skip('range', 'no min / max set for the point');
  else {
    const range = checkRangeLimits(checked, limits);
    record(
      'range',
      range,
      range.violations.map((v) => v.ts),
    );
  }

  if (limits.maxRatePerHour == null) skip('spike', 'no maxRatePerHour set for the point');
  else {
    const rates = listRateSamples(allSteps, context.registerKind, context.intervalMinutes).filter((s) => s.ts > period.from);
    const spikes = findSpikes(rates, limits.maxRatePerHour);
    record(
      'spike',
      spikes,
      spikes.spikes.map((s) => s.ts),
    );
  }

  if (isCumulative) skip('stuck', 'a cumulative register standing still is zero consumption');
  else if (limits.stuckRunLength === null) skip('stuck', 'switched off for the point');
  else {
    const stuck = findStuckValues(
      steps.map((s) => ({ ts: s.ts, value: s.value })),
      {
        ...(limits.stuckRunLength === undefined ? {} : { runLength: limits.stuckRunLength }),
        ...(limits.restingValues === undefined ? {} : { restingValues: limits.restingValues }),
      },
    );
    record('stuck', stuck, stuck.stuckTs);
  }

  if (context.registerKind === 'instantaneous') skip('negative', 'an instantaneous value has no consumption');
  else {
    const negative = findNegativeConsumption(allSteps, context.registerKind === 'interval');
    const inDay = { findings: negative.findings.filter((f) => f.ts !== null && index.has(f.ts)) };
    record('negative', inDay, negative.negativeTs);
  }

  if (!isCumulative || context.modulus === null) skip('rollover', 'the point has no rollover value');
  else {
    const rollover = findRolloverAnomalies(allSteps, input.point, limits.rolloverMarginFraction);
    const inDay = { findings: rollover.findings.filter((f) => f.ts !== null && index.has(f.ts)) };
    record('rollover', inDay, rollover.anomalousTs);
  }

  const drift = findTimestampDrift(tsList, context.intervalMinutes, limits.driftToleranceMs);
  record(
    'drift',
    drift,
    drift.drifted.map((d) => d.ts),
  );

  let calibration: { checked: number; calibrated: number } = { checked: 0, calibrated: 0 };
  if (input.instruments === undefined) skip('calibration', 'the instruments serving the point were not given');
  else {
    const result = checkCalibrationAtReadings(tsList, input.instruments);
    record(
      'calibration',
      result,
      result.uncalibrated.map((u) => u.ts),
    );
    calibration = { checked: tsList.length, calibrated: result.calibratedCount };
  }

  if (input.consistency === undefined) skip('consistency', 'no daily and monthly figures given');
  else {
    const consistency = checkDailyMonthlyConsistency(input.consistency);
    record('consistency', consistency, consistency.passes ? [] : tsList);
  }

  let balance = { checks: 0, closure: 0 };
  if (input.balance === undefined) skip('balance', 'the point is not a parent meter, or its children were not given');
  else {
    const result = checkEnergyBalance(input.balance);
    record('balance', result, result.passes ? [] : tsList);
    balance = { checks: 1, closure: result.closure };
  }

  for (const f of flags) dayFlags |= f;
  return {
    day: input.day,
    period,
    readings: readings.map((r, i) => ({ ts: r.ts, value: r.value, flags: flags[i] as number })),
    flags: dayFlags,
    findings,
    evaluated,
    skipped,
    completeness,
    credibility: {
      expected: completeness.expected,
      received: completeness.received,
      readings: readings.length,
      validReadings: flags.filter((f) => (f & VALIDITY_MASK) === 0).length,
      calibrationChecked: calibration.checked,
      calibratedReadings: calibration.calibrated,
      balanceChecks: balance.checks,
      balanceClosureSum: balance.closure,
    },
  };
};
