import type { EnergyConfirmationTag } from '@jiliang/shared';
import { createEnergyIssue, requireNumber, throwEnergyValidation } from './energy-errors.ts';
import {
  GB_T_2589_2020,
  STANDARD_COAL_SANITY_BANDS,
  type StandardCoalBaseUnit,
  type StandardCoalCoefficientSet,
  type StandardCoalEnergy,
} from './standard-coal-coefficients.ts';

/**
 * Conversion to standard coal (GB/T 2589-2020 附录A): quantity × coefficient, in kgce (1 tce = 1000 kgce).
 * Basis (当量值 / 等价值): for fuels the two coincide; electricity's equal value is the grid's coal per kWh
 * supplied (default in the set, override per year); heat's equal value depends on the boiler and has no
 * default. Units are handled here (the units module is separate work): a small table per base unit.
 */
export type StandardCoalBasis = 'equivalent' | 'equal_value';

export const STANDARD_COAL_UNITS = {
  g: { base: 'kg', factor: 0.001 },
  kg: { base: 'kg', factor: 1 },
  t: { base: 'kg', factor: 1000 },
  m3: { base: 'm3', factor: 1 },
  '10^4 m3': { base: 'm3', factor: 10_000 },
  kWh: { base: 'kWh', factor: 1 },
  MWh: { base: 'kWh', factor: 1000 },
  GWh: { base: 'kWh', factor: 1_000_000 },
  '10^4 kWh': { base: 'kWh', factor: 10_000 },
  kJ: { base: 'MJ', factor: 0.001 },
  MJ: { base: 'MJ', factor: 1 },
  GJ: { base: 'MJ', factor: 1000 },
  TJ: { base: 'MJ', factor: 1_000_000 },
} as const satisfies Record<string, { base: StandardCoalBaseUnit; factor: number }>;
export type StandardCoalUnit = keyof typeof STANDARD_COAL_UNITS;

export type StandardCoalOptions = {
  /** 等价值 of electricity for the year, kgce/kWh (default: the set's, see its source). */
  electricityEqualValueKgcePerKwh?: number;
  /** 等价值 of heat, kgce/MJ (no default). */
  heatEqualValueKgcePerMj?: number;
  /** A measured coefficient, kgce per base unit: required where the standard prints a range. */
  kgcePerUnit?: number;
  /** JSON path prefix for error messages, e.g. "consumed[2]". */
  path?: string;
};

export type StandardCoalResult = {
  kgce: number;
  tce: number;
  coefficient: {
    value: number;
    unit: string;
    basis: StandardCoalBasis;
    origin: 'table' | 'measured' | 'equal_value_input' | 'equal_value_default';
    source: string;
    confirmation: EnergyConfirmationTag | null;
  };
};

const WHAT = 'standard coal conversion';

export const toStandardCoal = (
  quantity: number,
  unit: StandardCoalUnit,
  energy: StandardCoalEnergy,
  set: StandardCoalCoefficientSet = GB_T_2589_2020,
  basis: StandardCoalBasis = 'equivalent',
  options: StandardCoalOptions = {},
): StandardCoalResult => {
  const at = (field: string) => (options.path ? `${options.path}.${field}` : field);
  requireNumber(WHAT, at('quantity'), quantity, 'non_negative');
  const row = set.coefficients[energy];
  if (!row) return throwEnergyValidation(WHAT, [createEnergyIssue(at('energy'), `no ${set.clause} coefficient for "${energy}"`)]);
  const u = STANDARD_COAL_UNITS[unit];
  if (!u || u.base !== row.baseUnit)
    return throwEnergyValidation(WHAT, [
      createEnergyIssue(
        at('unit'),
        `${row.label} is converted per ${row.baseUnit}; "${unit}" is not a unit of ${row.baseUnit} (${set.clause})`,
      ),
    ]);
  const coefficientUnit = `kgce/${row.baseUnit}`;
  let value: number;
  let origin: StandardCoalResult['coefficient']['origin'] = 'table';
  let confirmation: EnergyConfirmationTag | null = row.confirmation;
  let source = set.clause;
  if (basis === 'equal_value' && energy === 'electricity') {
    const input = options.electricityEqualValueKgcePerKwh;
    value = input ?? set.electricityEqualValueDefault.kgcePerKwh;
    origin = input === undefined ? 'equal_value_default' : 'equal_value_input';
    confirmation = input === undefined ? set.electricityEqualValueDefault.confirmation : null;
    source =
      input === undefined
        ? `${set.id} 等价值 default (${set.electricityEqualValueDefault.year}): ${set.electricityEqualValueDefault.source}`
        : 'input (等价值)';
  } else if (basis === 'equal_value' && energy === 'heat') {
    if (options.heatEqualValueKgcePerMj === undefined)
      return throwEnergyValidation(WHAT, [
        createEnergyIssue(
          at('heatEqualValueKgcePerMj'),
          `the equal value (等价值) of heat depends on the supplying boiler: give it in kgce/MJ (${set.id})`,
        ),
      ]);
    value = options.heatEqualValueKgcePerMj;
    origin = 'equal_value_input';
    confirmation = null;
    source = 'input (等价值)';
  } else if (options.kgcePerUnit !== undefined) {
    value = options.kgcePerUnit;
    origin = 'measured';
    confirmation = null;
    source = 'input (measured coefficient)';
    const range = typeof row.kgcePerUnit === 'number' ? STANDARD_COAL_SANITY_BANDS[row.baseUnit] : row.kgcePerUnit;
    if (!(value >= range.min && value <= range.max))
      return throwEnergyValidation(WHAT, [
        createEnergyIssue(
          at('kgcePerUnit'),
          `${value} ${coefficientUnit} is outside ${range.min}–${range.max} for ${row.label} (${set.clause}): check the unit`,
        ),
      ]);
  } else if (typeof row.kgcePerUnit === 'number') value = row.kgcePerUnit;
  else
    return throwEnergyValidation(WHAT, [
      createEnergyIssue(
        at('kgcePerUnit'),
        `${set.clause} gives ${row.label} as a range ${row.kgcePerUnit.min}–${row.kgcePerUnit.max} ${coefficientUnit}: give the measured coefficient`,
      ),
    ]);
  requireNumber(WHAT, at('coefficient'), value, 'positive');
  const kgce = quantity * u.factor * value;
  return { kgce, tce: kgce / 1000, coefficient: { value, unit: coefficientUnit, basis, origin, source, confirmation } };
};

export type ComprehensiveEnergyLine = { energy: StandardCoalEnergy; quantity: number; unit: StandardCoalUnit; kgcePerUnit?: number };
export type ComprehensiveEnergyInput = {
  /** Energy consumed (purchased or produced and used) in the period. */
  consumed: readonly ComprehensiveEnergyLine[];
  /** Energy delivered outside the boundary (exported or recovered and supplied to others): deducted. */
  exported?: readonly ComprehensiveEnergyLine[];
  /** For 单位产品综合能耗: the product's output in the period. */
  production?: { quantity: number; unit: string };
  set?: StandardCoalCoefficientSet;
  basis?: StandardCoalBasis;
  electricityEqualValueKgcePerKwh?: number;
  heatEqualValueKgcePerMj?: number;
};

/**
 * 综合能耗 E = Σ eᵢ·kᵢ − Σ exported·k (GB/T 2589-2020 综合能耗计算; clause number [M]), per enterprise or, for a
 * product's system boundary, per unit of product (E / output). Lines carry their own results for the report.
 */
export const computeComprehensiveEnergyConsumption = (input: ComprehensiveEnergyInput) => {
  const set = input.set ?? GB_T_2589_2020;
  const basis = input.basis ?? 'equivalent';
  const convert = (list: readonly ComprehensiveEnergyLine[], name: string) =>
    list.map((l, i) => ({
      ...l,
      ...toStandardCoal(l.quantity, l.unit, l.energy, set, basis, {
        electricityEqualValueKgcePerKwh: input.electricityEqualValueKgcePerKwh,
        heatEqualValueKgcePerMj: input.heatEqualValueKgcePerMj,
        kgcePerUnit: l.kgcePerUnit,
        path: `${name}[${i}]`,
      }),
    }));
  const consumed = convert(input.consumed, 'consumed');
  const exported = convert(input.exported ?? [], 'exported');
  const consumedKgce = consumed.reduce((s, l) => s + l.kgce, 0);
  const exportedKgce = exported.reduce((s, l) => s + l.kgce, 0);
  const totalKgce = consumedKgce - exportedKgce;
  let perUnitProduct: { value: number; unit: string } | null = null;
  if (input.production) {
    requireNumber('comprehensive energy consumption', 'production.quantity', input.production.quantity, 'positive');
    perUnitProduct = { value: totalKgce / input.production.quantity, unit: `kgce/${input.production.unit}` };
  }
  return { basis, set: set.id, consumed, exported, consumedKgce, exportedKgce, totalKgce, totalTce: totalKgce / 1000, perUnitProduct };
};
