import { AppError } from '@jiliang/shared';
import { DIMENSION_WORD, findSimpleUnit, normaliseUnitSpelling, suggestSimpleUnit, type BaseDimension } from './unit-table.ts';

/**
 * A unit as parsed: a simple unit (GJ, t, %) or a quotient of two simple units (GJ/t, tC/GJ, tCO2/MWh,
 * kJ/kg, GJ/10^4Nm3). `dimension` is a key such as 'energy' or 'energy/mass': two units convert into
 * each other exactly when their keys are equal.
 */
export type ParsedUnit = {
  /** Canonical spelling, e.g. 'GJ/10^4Nm3' for '10⁴ Nm³' written under GJ. */
  symbol: string;
  dimension: string;
  numerator: BaseDimension;
  denominator: BaseDimension | null;
  /** Base units per unit of numerator and of denominator (exact integers where possible). */
  numeratorFactor: number;
  denominatorFactor: number;
};

/** Dimensions that cannot sit in a quotient: an affine temperature, and a fraction (write the fraction itself). */
const NOT_IN_QUOTIENT: ReadonlySet<BaseDimension> = new Set(['temperature', 'fraction']);

export const dimensionKey = (numerator: BaseDimension, denominator: BaseDimension | null): string =>
  denominator ? `${numerator}/${denominator}` : numerator;

/** "energy-per-mass", "CO2-per-energy", "mass": the words used in messages. */
export const describeDimension = (dimension: string): string =>
  dimension
    .split('/')
    .map((d) => DIMENSION_WORD[d as BaseDimension] ?? d)
    .join('-per-');

export type UnitParseResult = { ok: true; unit: ParsedUnit } | { ok: false; reason: string };

const unknownSimple = (part: string): string => {
  const hint = suggestSimpleUnit(part);
  return `'${part}' is not a known unit${hint ? ` (did you mean '${hint}'?)` : ''}`;
};

/** Parse without throwing: the reason names the part that is wrong. */
export const tryParseUnit = (spelling: string): UnitParseResult => {
  const normal = normaliseUnitSpelling(spelling);
  if (normal === '') return { ok: false, reason: 'the unit is empty' };
  const parts = normal.split('/');
  if (parts.length > 2) return { ok: false, reason: `'${spelling}' has more than one '/': write a simple unit or a quotient of two` };
  const [top = '', bottom] = parts;
  const numerator = findSimpleUnit(top);
  if (!numerator) return { ok: false, reason: unknownSimple(top) };
  if (bottom === undefined)
    return {
      ok: true,
      unit: {
        symbol: numerator.symbol,
        dimension: numerator.dimension,
        numerator: numerator.dimension,
        denominator: null,
        numeratorFactor: numerator.factor,
        denominatorFactor: 1,
      },
    };
  const denominator = findSimpleUnit(bottom);
  if (!denominator) return { ok: false, reason: unknownSimple(bottom) };
  for (const part of [numerator, denominator])
    if (NOT_IN_QUOTIENT.has(part.dimension))
      return { ok: false, reason: `'${part.symbol}' (${part.dimension}) cannot be part of a quotient unit such as '${spelling}'` };
  return {
    ok: true,
    unit: {
      symbol: `${numerator.symbol}/${denominator.symbol}`,
      dimension: dimensionKey(numerator.dimension, denominator.dimension),
      numerator: numerator.dimension,
      denominator: denominator.dimension,
      numeratorFactor: numerator.factor,
      denominatorFactor: denominator.factor,
    },
  };
};

/** Parse a unit or throw VALIDATION_FAILED naming the unit and what is wrong with it. */
export const parseUnit = (spelling: string): ParsedUnit => {
  const result = tryParseUnit(spelling);
  if (result.ok) return result.unit;
  throw new AppError('VALIDATION_FAILED', `unknown unit: ${result.reason}`, [
    { field: 'unit', rule: 'a unit from the unit table (packages/calc/src/units)', message: result.reason },
  ]);
};
