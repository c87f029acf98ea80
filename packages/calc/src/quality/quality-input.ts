import { AppError, type FieldIssue } from '@jiliang/shared';
import { checkInstant } from '../readings/buckets.ts';

/**
 * Input checks shared by the quality rules (internal: not re-exported). Bad input throws AppError
 * VALIDATION_FAILED; the message says "中文 (English; field: rule)" and the details hold one FieldIssue,
 * as the readings and metrology cores do.
 */
// A function declaration, not an arrow, so that TypeScript narrows after a call (a `never` assertion).
export function throwQualityInput(field: string, rule: string, message: string, messageEn: string): never {
  const issue: FieldIssue = { field, rule, message: `${message} (${messageEn})` };
  throw new AppError('VALIDATION_FAILED', `${message} (${messageEn}; ${field}: ${rule})`, [issue]);
}

export const requireFinite = (value: unknown, field: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throwQualityInput(field, 'finite_number', `${field} 必须是有限数值：${String(value)}`, 'must be a finite number');
  }
  return value;
};

export const requirePositive = (value: unknown, field: string): number => {
  const number = requireFinite(value, field);
  if (number <= 0) throwQualityInput(field, 'positive', `${field} 必须大于 0：${number}`, 'must be greater than 0');
  return number;
};

export const requireNonNegative = (value: unknown, field: string): number => {
  const number = requireFinite(value, field);
  if (number < 0) throwQualityInput(field, 'non_negative', `${field} 不能为负：${number}`, 'must not be negative');
  return number;
};

export const requireFraction = (value: unknown, field: string): number => {
  const number = requireFinite(value, field);
  if (!(number > 0 && number <= 1)) {
    throwQualityInput(field, 'fraction', `${field} 必须在 (0, 1] 之间：${number}`, 'must be a fraction 0 < x ≤ 1');
  }
  return number;
};

export const requireIntegerAtLeast = (value: unknown, min: number, field: string): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throwQualityInput(
      field,
      `integer_at_least_${min}`,
      `${field} 必须是不小于 ${min} 的整数：${String(value)}`,
      `must be an integer ≥ ${min}`,
    );
  }
  return value;
};

/** Samples must be in strictly increasing time order (one per ts), with finite values. */
export const requireSortedSamples = (samples: ArrayLike<{ ts: number; value: number }>, field: string): void => {
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < samples.length; i += 1) {
    const { ts, value } = samples[i] as { ts: number; value: number };
    checkInstant(ts, `${field}[${i}].ts`);
    requireFinite(value, `${field}[${i}].value`);
    if (!(ts > previous)) {
      throwQualityInput(
        `${field}[${i}].ts`,
        'strictly_increasing',
        `${field} 必须按时间严格递增：第 ${i} 项 ${ts}`,
        'sort by ts, one sample per instant',
      );
    }
    previous = ts;
  }
};

/**
 * Readings carry far fewer than 9 significant digits, so a computed figure within 1e-9 (relative) of its
 * limit is at the limit: 10.03 − 10.00 is 0.0299999999999998 in binary and must count as 0.03. Every
 * "equality passes" boundary of the rules goes through this.
 */
const RELATIVE_TOLERANCE = 1e-9;

export const isWithinLimit = (measured: number, limit: number): boolean =>
  measured <= limit || measured - limit <= RELATIVE_TOLERANCE * Math.max(Math.abs(measured), Math.abs(limit));

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
