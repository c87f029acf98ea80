import { AppError } from '@jiliang/shared';
import { describeDimension, parseUnit, type ParsedUnit } from './parse-unit.ts';

/**
 * Convert a value between two units of the same dimension. Different dimensions never convert silently
 * (m³ → Nm³, t → tCO2, GJ → tce are all refused): the error names both units and both dimensions.
 *
 * value × (num_from · den_to) / (den_from · num_to): the factors are exact integers for most units, so
 * the products are exact and the result is correctly rounded (1000 kWh → 1 MWh exactly); the same unit
 * returns the value untouched.
 */
export const convertUnit = (value: number, from: string, to: string): number => convertParsedUnit(value, parseUnit(from), parseUnit(to));

export const convertParsedUnit = (value: number, from: ParsedUnit, to: ParsedUnit): number => {
  if (from.dimension !== to.dimension) {
    const message = `cannot convert '${from.symbol}' (${describeDimension(from.dimension)}) to '${to.symbol}' (${describeDimension(to.dimension)}): different dimensions`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'unit', rule: 'same dimension', message }]);
  }
  if (from.symbol === to.symbol) return value;
  const up = from.numeratorFactor * to.denominatorFactor;
  const down = from.denominatorFactor * to.numeratorFactor;
  return up === down ? value : (value * up) / down;
};

/** True when the two spellings are units of the same dimension (so convertUnit will not throw). */
export const isSameDimension = (a: string, b: string): boolean => parseUnit(a).dimension === parseUnit(b).dimension;
