import type { EnergyLoadUnit } from '@jiliang/shared';

/**
 * Local unit handling for GB 17167 表2/表3 loads (the units module is separate work): each unit has a
 * dimension and a factor to its base unit. Power and energy per hour are one dimension
 * (1 kW = 3.6 MJ/h), so "7 MW" (steam, 表3) and "29.26 GJ/h" (other, 表3) compare directly.
 */
type Dimension = 'power' | 'mass_per_hour' | 'volume_per_hour' | 'mass_per_year' | 'volume_per_year' | 'energy_per_year';

const UNITS: Record<EnergyLoadUnit, { dimension: Dimension; toBase: number }> = {
  W: { dimension: 'power', toBase: 0.001 },
  kW: { dimension: 'power', toBase: 1 },
  MW: { dimension: 'power', toBase: 1000 },
  'kJ/h': { dimension: 'power', toBase: 1 / 3600 },
  'MJ/h': { dimension: 'power', toBase: 1 / 3.6 },
  'GJ/h': { dimension: 'power', toBase: 1000 / 3.6 },
  'kg/h': { dimension: 'mass_per_hour', toBase: 0.001 },
  't/h': { dimension: 'mass_per_hour', toBase: 1 },
  'm3/h': { dimension: 'volume_per_hour', toBase: 1 },
  'kg/a': { dimension: 'mass_per_year', toBase: 0.001 },
  't/a': { dimension: 'mass_per_year', toBase: 1 },
  'm3/a': { dimension: 'volume_per_year', toBase: 1 },
  'MJ/a': { dimension: 'energy_per_year', toBase: 0.001 },
  'GJ/a': { dimension: 'energy_per_year', toBase: 1 },
  'TJ/a': { dimension: 'energy_per_year', toBase: 1000 },
};

/** The value in `to`, or null when the two units measure different things (t/a vs kW). */
export const convertEnergyLoad = (value: number, from: EnergyLoadUnit, to: EnergyLoadUnit): number | null => {
  const a = UNITS[from];
  const b = UNITS[to];
  return a.dimension === b.dimension ? (value * a.toBase) / b.toBase : null;
};

/**
 * a ≥ b, where a equal to b within 1e-9 relative counts as equal: a unit conversion must not turn
 * "exactly at the threshold" (25.2 GJ/h against 7 MW) into "just below" by floating-point rounding.
 */
export const isAtLeast = (a: number, b: number): boolean => a >= b - Math.abs(b) * 1e-9;
