import { REGISTER_KINDS, type RegisterKind } from '@jiliang/shared';
import { AppError, type FieldIssue } from '@jiliang/shared';

/**
 * A point (测点, a measurement channel) as the meter-data functions see it (issue #5 "Points").
 *
 * Register kinds:
 * - `cumulative`: a register that only counts up (电能表示值, gas or water totaliser) and may wrap to 0
 *   after `rolloverValue`. Consumption is the difference of successive readings (consumption.ts).
 * - `interval`: each reading already is the consumption of the interval that ends at its timestamp.
 * - `instantaneous`: a state (kW, °C, MPa). No consumption; the rollups keep min / max / mean.
 *
 * `multiplier` is CT ratio × PT ratio × any meter constant (倍率): register units × multiplier = the
 * point's unit, on the primary side. `resolution` is the register's last digit (0.01 for DL/T 645-2007
 * XXXXXX.XX kWh, STANDARDS §4.1); when absent it is read from the decimals of `rolloverValue`
 * (999999.99 → 0.01, 999999 → 1). Deltas are rounded to it, so 12345.67 − 12345.6 is 0.07 and not
 * 0.0700000000002. `maxDeltaPerHour` (register units per hour) only helps to tell a wrap from a backward
 * step (consumption.ts). `intervalMinutes` is the expected reading interval: 15 by default, the
 * real-time collection period of the online monitoring system (STANDARDS §3), and it must divide a day.
 */
// One list of register kinds, in packages/shared (readings.ts), read by the API, the store and this module.

export type PointContextInput = {
  registerKind: RegisterKind;
  /** CT × PT × any meter constant; default 1. */
  multiplier?: number;
  /** The register wraps to 0 after this value, e.g. 999999.99. */
  rolloverValue?: number;
  /** The register's smallest step, e.g. 0.01. */
  resolution?: number;
  /** The largest plausible register advance per hour, used only to judge a wrap. */
  maxDeltaPerHour?: number;
  /** Expected interval between readings; default 15 (STANDARDS §3). */
  intervalMinutes?: number;
};

export type PointContext = {
  registerKind: RegisterKind;
  multiplier: number;
  rolloverValue: number | null;
  /** rolloverValue + resolution: the count after which the register shows 0 again. */
  modulus: number | null;
  resolution: number | null;
  /** 10^decimals of the resolution, to round deltas (null: no rounding). */
  roundingScale: number | null;
  maxDeltaPerHour: number | null;
  intervalMinutes: number;
};

/** One reading as the store keeps it: epoch milliseconds and the value as read (register units). */
export type MeterReading = { ts: number; value: number };

export const DEFAULT_INTERVAL_MINUTES = 15;
const MINUTES_PER_DAY = 1440;

// A function declaration, not an arrow, so that TypeScript narrows after a call (a `never` assertion).
/** Bad input: AppError VALIDATION_FAILED, message "中文 (English; field: rule)", one FieldIssue in details. */
export function throwReadingInput(field: string, rule: string, message: string, messageEn: string): never {
  const issue: FieldIssue = { field, rule, message: `${message} (${messageEn})` };
  throw new AppError('VALIDATION_FAILED', `${message} (${messageEn}; ${field}: ${rule})`, [issue]);
}

const positiveOrNull = (value: number | undefined, field: string): number | null => {
  if (value === undefined) return null;
  if (!Number.isFinite(value) || value <= 0) {
    throwReadingInput(field, 'positive', `${field} 必须是大于 0 的有限数值：${String(value)}`, 'must be a finite number greater than 0');
  }
  return value;
};

/** Decimals of a number as written in the shortest round-trip form: 999999.99 → 2, 0.25 → 2, 1e-7 → 7. */
const countDecimals = (value: number): number => {
  const [mantissa = '', exponent] = String(value).split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, decimals - Number(exponent ?? 0));
};

export const checkIntervalMinutes = (value: unknown, field = 'intervalMinutes'): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || MINUTES_PER_DAY % value !== 0) {
    throwReadingInput(
      field,
      'divides_day',
      `${field} 必须是能整除 1440（一天的分钟数）的正整数：${String(value)}`,
      'must be a positive integer that divides 1440, so every day has the same reading slots',
    );
  }
  return value;
};

/** Validate a point's settings and fill the defaults; throws VALIDATION_FAILED naming the field. */
export const parsePointContext = (input: PointContextInput): PointContext => {
  if (!REGISTER_KINDS.includes(input.registerKind)) {
    throwReadingInput(
      'registerKind',
      'one_of',
      `registerKind 必须是 ${REGISTER_KINDS.join(' / ')}：${String(input.registerKind)}`,
      'unknown register kind',
    );
  }
  const multiplier = positiveOrNull(input.multiplier, 'multiplier') ?? 1;
  const rolloverValue = positiveOrNull(input.rolloverValue, 'rolloverValue');
  const explicitResolution = positiveOrNull(input.resolution, 'resolution');
  const resolution = explicitResolution ?? (rolloverValue === null ? null : 10 ** -countDecimals(rolloverValue));
  const decimals =
    resolution === null ? null : Math.max(countDecimals(resolution), rolloverValue === null ? 0 : countDecimals(rolloverValue));
  const roundingScale = decimals === null ? null : 10 ** decimals;
  const modulus =
    rolloverValue === null || resolution === null || roundingScale === null
      ? null
      : Math.round((rolloverValue + resolution) * roundingScale) / roundingScale;
  return {
    registerKind: input.registerKind,
    multiplier,
    rolloverValue,
    modulus,
    resolution,
    roundingScale,
    maxDeltaPerHour: positiveOrNull(input.maxDeltaPerHour, 'maxDeltaPerHour'),
    intervalMinutes: checkIntervalMinutes(input.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES),
  };
};

type ReadingProblem = { field: string; rule: string; message: string; messageEn: string };

const findReadingProblem = (reading: MeterReading, context: PointContext, field: string): ReadingProblem | undefined => {
  const { ts, value } = reading;
  if (typeof ts !== 'number' || !Number.isSafeInteger(ts)) {
    return {
      field: `${field}.ts`,
      rule: 'epoch_ms',
      message: `${field}.ts 必须是整数毫秒时间戳：${String(ts)}`,
      messageEn: 'must be an integer epoch-ms instant',
    };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      field: `${field}.value`,
      rule: 'finite_number',
      message: `${field}.value 必须是有限数值：${String(value)}`,
      messageEn: 'must be a finite number',
    };
  }
  if (context.registerKind === 'cumulative' && (value < 0 || (context.rolloverValue !== null && value > context.rolloverValue))) {
    const limit = context.rolloverValue === null ? '' : ` 且 ≤ ${context.rolloverValue}`;
    return {
      field: `${field}.value`,
      rule: 'register_range',
      message: `${field}.value 累计型示值必须 ≥ 0${limit}：${value}`,
      messageEn: 'a cumulative register reads from 0 up to its rollover value',
    };
  }
  return undefined;
};

/**
 * The row-level check the ingestion pipeline runs before storing a reading (a failing row goes to the
 * quarantine with this reason): ts an integer epoch-ms instant, value finite, and for a cumulative
 * register 0 ≤ value ≤ rolloverValue. Returns undefined when the reading is acceptable.
 */
export const checkMeterReading = (reading: MeterReading, context: PointContext, field = 'reading'): FieldIssue | undefined => {
  const problem = findReadingProblem(reading, context, field);
  return problem && { field: problem.field, rule: problem.rule, message: `${problem.message} (${problem.messageEn})` };
};

/** checkMeterReading, throwing the problem as VALIDATION_FAILED. */
export const requireMeterReading = (reading: MeterReading, context: PointContext, field: string): void => {
  const problem = findReadingProblem(reading, context, field);
  if (problem) throwReadingInput(problem.field, problem.rule, problem.message, problem.messageEn);
};
