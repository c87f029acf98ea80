import type { FieldIssue, MeasuredQuantity, UncertaintyDistribution } from '@jiliang/shared';
import { convertParsedUnit } from '../units/convert-unit.ts';
import { describeDimension, tryParseUnit, type ParsedUnit } from '../units/parse-unit.ts';

/**
 * One input of a source's measurement model, in the unit the source kind declares for it, with its
 * standard uncertainty u in that same unit. Type B evaluation (JJF 1059.1-2012 4.3.3, STANDARDS §5.2):
 * - uRel → u = uRel·|x|;  u → as given (in the quantity's unit, converted with it);
 * - URel or U with k (a calibration certificate) → u = U/k;
 * - mpeRel or mpe (maximum permissible error ±a) → u = a/√3, rectangular distribution.
 * `distribution` is what the Monte Carlo samples: normal unless stated, rectangular for an MPE.
 */
export type ModelInput = { name: string; value: number; unit: string; u: number; distribution: UncertaintyDistribution };

/** What a source kind accepts for one quantity: dimension key → the unit it computes in. */
export type QuantityRule = { accepts: Readonly<Record<string, string>>; example: string; fraction?: boolean };

const SQRT3 = Math.sqrt(3);

const standardUncertainty = (q: MeasuredQuantity): { u: number; relative: boolean; rectangular: boolean } => {
  if (q.uRel !== undefined) return { u: q.uRel, relative: true, rectangular: false };
  if (q.u !== undefined) return { u: q.u, relative: false, rectangular: false };
  // JJF 1059.1-2012 4.3.3: from a certificate's expanded uncertainty and its coverage factor, u = U/k.
  if (q.URel !== undefined) return { u: q.URel / (q.k ?? 2), relative: true, rectangular: false };
  if (q.U !== undefined) return { u: q.U / (q.k ?? 2), relative: false, rectangular: false };
  // JJF 1059.1-2012 4.3.3: an MPE ±a read as a rectangular distribution, u = a/√3.
  if (q.mpeRel !== undefined) return { u: q.mpeRel / SQRT3, relative: true, rectangular: true };
  if (q.mpe !== undefined) return { u: q.mpe / SQRT3, relative: false, rectangular: true };
  return { u: 0, relative: true, rectangular: false };
};

/** The parsed unit of a quantity, or an issue at `<path>.unit` (undefined when the quantity is absent). */
export const readQuantityUnit = (q: MeasuredQuantity, path: string, issues: FieldIssue[]): ParsedUnit | undefined => {
  const parsed = tryParseUnit(q.unit);
  if (parsed.ok) return parsed.unit;
  issues.push({ field: `${path}.unit`, rule: 'a unit from the unit table (docs/formats/calc-emissions.md)', message: parsed.reason });
  return undefined;
};

/**
 * Check a quantity's unit against the rule, convert value and uncertainty into the declared unit, and
 * return the model input; on a problem push an issue naming the JSON path and return undefined.
 */
export const resolveQuantity = (
  q: MeasuredQuantity,
  path: string,
  name: string,
  rule: QuantityRule,
  issues: FieldIssue[],
): ModelInput | undefined => {
  const unit = readQuantityUnit(q, path, issues);
  if (!unit) return undefined;
  const target = rule.accepts[unit.dimension];
  if (target === undefined) {
    const wanted = Object.keys(rule.accepts).map(describeDimension).join(' or ');
    issues.push({
      field: `${path}.unit`,
      rule: `${wanted} (e.g. ${rule.example})`,
      message: `'${q.unit}' is not ${/^[aeiou]/i.test(wanted) ? 'an' : 'a'} ${wanted} unit (it is ${describeDimension(unit.dimension)})`,
    });
    return undefined;
  }
  const targetUnit = tryParseUnit(target);
  if (!targetUnit.ok) throw new Error(`declared unit '${target}' is not in the unit table`);
  const value = convertParsedUnit(q.value, unit, targetUnit.unit);
  if (rule.fraction && (value < 0 || value > 1)) {
    const hint = unit.symbol === '1' && q.value > 1 ? `; for a percentage write { "value": ${q.value}, "unit": "%" }` : '';
    issues.push({
      field: `${path}.value`,
      rule: 'a fraction between 0 and 1 (0 % to 100 %)',
      message: `${q.value} (unit '${q.unit}') is outside 0..1${hint}`,
    });
    return undefined;
  }
  const s = standardUncertainty(q);
  const u = s.relative ? s.u * Math.abs(value) : Math.abs(convertParsedUnit(s.u, unit, targetUnit.unit));
  return { name, value, unit: target, u, distribution: q.distribution ?? (s.rectangular ? 'rectangular' : 'normal') };
};

/** A quantity that may be left out: absent means exactly `value` with no uncertainty (e.g. F = 1). */
export const resolveOptionalQuantity = (
  q: MeasuredQuantity | undefined,
  path: string,
  name: string,
  rule: QuantityRule,
  fallback: { value: number; unit: string },
  issues: FieldIssue[],
): ModelInput | undefined =>
  q === undefined ? { name, ...fallback, u: 0, distribution: 'normal' } : resolveQuantity(q, path, name, rule, issues);

/** Push an issue unless the input is at least `min` (in its declared unit); returns whether it passed. */
export const requireAtLeast = (
  input: ModelInput | undefined,
  min: number,
  path: string,
  why: string,
  issues: FieldIssue[],
  strict = false,
): boolean => {
  if (!input) return false;
  const ok = strict ? input.value > min : input.value >= min;
  if (!ok)
    issues.push({
      field: `${path}.value`,
      rule: `${strict ? '>' : '≥'} ${min}`,
      message: `${input.value} ${input.unit} is not allowed: ${why}`,
    });
  return ok;
};
