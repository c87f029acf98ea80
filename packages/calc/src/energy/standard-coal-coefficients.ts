import type { EnergyConfirmationTag } from '@jiliang/shared';

/**
 * GB/T 2589-2020 《综合能耗计算通则》 conversion coefficients as versioned data (STANDARDS.md §8.1).
 * The tabulated coefficients are stored as the standard prints them (kcal ratios, e.g. 5000/7000 =
 * 0.7143), never recomputed from kJ (20 908 / 29 307.6 = 0.7134) [C]. Apart from electricity's
 * equivalent value 0.1229 [S2], every coefficient is [M]: verify against 附录A before production use.
 * A range (natural gas, coke-oven gas) takes the measured coefficient as input; no midpoint is invented.
 */
export const STANDARD_COAL_ENERGIES = [
  'raw_coal',
  'washed_coal',
  'coke',
  'crude_oil',
  'fuel_oil',
  'gasoline',
  'kerosene',
  'diesel',
  'lpg',
  'refinery_dry_gas',
  'natural_gas',
  'coke_oven_gas',
  'electricity',
  'heat',
] as const;
export type StandardCoalEnergy = (typeof STANDARD_COAL_ENERGIES)[number];
export type StandardCoalBaseUnit = 'kg' | 'm3' | 'kWh' | 'MJ';

export type StandardCoalCoefficient = {
  label: string;
  baseUnit: StandardCoalBaseUnit;
  /** kgce per base unit: one tabulated value, or the range the standard prints. */
  kgcePerUnit: number | { min: number; max: number };
  referenceLhv: string | null;
  confirmation: EnergyConfirmationTag;
};

export type StandardCoalCoefficientSet = {
  id: string;
  clause: string;
  coefficients: Record<StandardCoalEnergy, StandardCoalCoefficient>;
  /** 等价值 of electricity: changes every year with the grid's coal use per kWh supplied — an input, this is the default. */
  electricityEqualValueDefault: { kgcePerKwh: number; year: number; confirmation: EnergyConfirmationTag; source: string };
};

const c = (
  label: string,
  baseUnit: StandardCoalBaseUnit,
  kgcePerUnit: StandardCoalCoefficient['kgcePerUnit'],
  referenceLhv: string | null,
  confirmation: EnergyConfirmationTag = 'M',
) => ({
  label,
  baseUnit,
  kgcePerUnit,
  referenceLhv,
  confirmation,
});

export const GB_T_2589_2020: StandardCoalCoefficientSet = {
  id: 'GB/T 2589-2020',
  clause: 'GB/T 2589-2020 附录A',
  coefficients: {
    raw_coal: c('原煤', 'kg', 0.7143, '20 908 kJ/kg'),
    washed_coal: c('洗精煤', 'kg', 0.9, '26 344 kJ/kg'),
    coke: c('焦炭', 'kg', 0.9714, '28 435 kJ/kg'),
    crude_oil: c('原油', 'kg', 1.4286, '41 816 kJ/kg'),
    fuel_oil: c('燃料油', 'kg', 1.4286, '41 816 kJ/kg'),
    gasoline: c('汽油', 'kg', 1.4714, '43 070 kJ/kg'),
    kerosene: c('煤油', 'kg', 1.4714, '43 070 kJ/kg'),
    diesel: c('柴油', 'kg', 1.4571, '42 652 kJ/kg'),
    lpg: c('液化石油气', 'kg', 1.7143, '50 179 kJ/kg'),
    refinery_dry_gas: c('炼厂干气', 'kg', 1.5714, '46 055 kJ/kg'),
    natural_gas: c('天然气', 'm3', { min: 1.1, max: 1.33 }, '32 238–38 931 kJ/m³'),
    coke_oven_gas: c('焦炉煤气', 'm3', { min: 0.5714, max: 0.6143 }, '16 726–17 981 kJ/m³'),
    electricity: c('电力（当量值）', 'kWh', 0.1229, '3 600 kJ/kWh', 'S2'),
    heat: c('热力（当量值）', 'MJ', 0.03412, null),
  },
  electricityEqualValueDefault: {
    kgcePerKwh: 0.3007,
    year: 2022,
    confirmation: 'M',
    source: '全国6000千瓦及以上火电厂供电标准煤耗 300.7 gce/kWh (2022, recollection, unconfirmed): pass the year’s published figure',
  },
};

/** Plausible kgce per base unit: a coefficient outside its band is a unit error (e.g. "天然气 0.0013 kgce/m³", §8.1). */
export const STANDARD_COAL_SANITY_BANDS: Record<StandardCoalBaseUnit, { min: number; max: number }> = {
  kg: { min: 0.3, max: 2.0 },
  m3: { min: 0.3, max: 1.6 },
  kWh: { min: 0.1, max: 0.5 },
  MJ: { min: 0.02, max: 0.05 },
};

/** Every coefficient of a set inside its sanity band; returns the offending energies (empty = sound). */
export const checkStandardCoalCoefficientSet = (set: StandardCoalCoefficientSet): string[] =>
  Object.entries(set.coefficients).flatMap(([energy, co]) => {
    const band = STANDARD_COAL_SANITY_BANDS[co.baseUnit];
    const values = typeof co.kgcePerUnit === 'number' ? [co.kgcePerUnit] : [co.kgcePerUnit.min, co.kgcePerUnit.max];
    return values.every((v) => v >= band.min && v <= band.max)
      ? []
      : [`${energy}: ${values.join('–')} kgce/${co.baseUnit} outside ${band.min}–${band.max}`];
  });
