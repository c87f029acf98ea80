import { AppError, type FieldIssue } from '@jiliang/shared';
import { isCalendarDate, type CalendarDate } from '../lifecycle/calendar.ts';

/**
 * Input checks shared by the metrology functions (internal: not re-exported from the package).
 * Bad input throws AppError VALIDATION_FAILED whose message says "中文 (English; rule)" and whose
 * details are one FieldIssue naming the field and the rule, as the server's error handler expects.
 */
// A function declaration, not an arrow, so that TypeScript narrows after a call (a `never` assertion).
export function throwMetrologyInput(field: string, rule: string, message: string, messageEn: string): never {
  const issue: FieldIssue = { field, rule, message: `${message} (${messageEn})` };
  throw new AppError('VALIDATION_FAILED', `${message} (${messageEn}; ${field}: ${rule})`, [issue]);
}

export const requireCalendarDate = (value: unknown, field: string): CalendarDate => {
  if (!isCalendarDate(value)) {
    throwMetrologyInput(field, 'calendar_date', `${field} 不是日期 'YYYY-MM-DD'：${JSON.stringify(value)}`, `not a 'YYYY-MM-DD' date`);
  }
  return value;
};

export const requireFiniteNumber = (value: unknown, field: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throwMetrologyInput(field, 'finite_number', `${field} 必须是有限数值：${String(value)}`, 'must be a finite number');
  }
  return value;
};

export const requirePositiveNumber = (value: unknown, field: string): number => {
  const number = requireFiniteNumber(value, field);
  if (number <= 0) throwMetrologyInput(field, 'positive', `${field} 必须大于 0：${number}`, 'must be greater than 0');
  return number;
};

export const requireNonNegativeNumber = (value: unknown, field: string): number => {
  const number = requireFiniteNumber(value, field);
  if (number < 0) throwMetrologyInput(field, 'non_negative', `${field} 不能为负：${number}`, 'must not be negative');
  return number;
};

export const requirePositiveInteger = (value: unknown, field: string): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throwMetrologyInput(field, 'positive_integer', `${field} 必须是正整数：${String(value)}`, 'must be a positive integer');
  }
  return value;
};

/**
 * Readings and uncertainties carry far fewer than 9 significant digits, so two values closer than
 * 1e-9 (relative) are equal and the difference is floating-point noise: 10.03 − 10.00 is
 * 0.0299999999999998 in binary, yet a stability of 0.03 against a limit of 0.03 must fail a
 * "strictly less than" criterion.
 */
const RELATIVE_TOLERANCE = 1e-9;

export const compareMeasured = (a: number, b: number): -1 | 0 | 1 => {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= RELATIVE_TOLERANCE * scale) return 0;
  return a < b ? -1 : 1;
};

/** Arithmetic mean and Bessel's experimental standard deviation (two-pass, for accuracy). */
export const describeReadings = (readings: readonly number[]): { mean: number; s: number } => {
  const n = readings.length;
  const mean = readings.reduce((sum, x) => sum + x, 0) / n;
  const sumOfSquares = readings.reduce((sum, x) => sum + (x - mean) ** 2, 0);
  return { mean, s: n > 1 ? Math.sqrt(sumOfSquares / (n - 1)) : 0 };
};

/** Drops binary noise for display and storage: 12 significant digits (0.029999999999999805 → 0.03). */
export const roundMeasured = (value: number): number => Number(value.toPrecision(12));
