import { describe, expect, it } from 'vitest';
import { checkStandardCoalCoefficientSet, GB_T_2589_2020 } from './standard-coal-coefficients.ts';
import { computeComprehensiveEnergyConsumption, toStandardCoal } from './standard-coal.ts';

describe('standard coal (GB/T 2589-2020 附录A)', () => {
  it('GB/T 2589-2020 附录A: 1 t of raw coal = 1000 kg × 0.7143 = 714.3 kgce (the tabulated value, not 20 908 / 29 307.6 = 0.7134)', () => {
    const r = toStandardCoal(1, 't', 'raw_coal');
    expect(r.kgce).toBeCloseTo(714.3, 9);
    expect(r.tce).toBeCloseTo(0.7143, 12);
    expect(r.coefficient).toMatchObject({ value: 0.7143, unit: 'kgce/kg', origin: 'table', confirmation: 'M' });
  });

  it('GB/T 2589-2020: 10^4 kWh is 10 000 × 0.1229 = 1229 kgce equivalent; equal value 0.3 gives 3000; the default is tagged', () => {
    expect(toStandardCoal(1, '10^4 kWh', 'electricity').kgce).toBeCloseTo(1229, 9);
    const input = toStandardCoal(1, '10^4 kWh', 'electricity', GB_T_2589_2020, 'equal_value', { electricityEqualValueKgcePerKwh: 0.3 });
    expect(input.kgce).toBeCloseTo(3000, 9);
    expect(input.coefficient).toMatchObject({ origin: 'equal_value_input', confirmation: null });
    const byDefault = toStandardCoal(1000, 'kWh', 'electricity', GB_T_2589_2020, 'equal_value');
    // 1000 × 0.3007 = 300.7 kgce
    expect(byDefault.kgce).toBeCloseTo(300.7, 9);
    expect(byDefault.coefficient).toMatchObject({ origin: 'equal_value_default', confirmation: 'M' });
  });

  it('GB/T 2589-2020 附录A: natural gas is a range — the measured coefficient is required, checked against 1.1–1.33', () => {
    expect(() => toStandardCoal(1, 'm3', 'natural_gas')).toThrow(/kgcePerUnit: .*range 1\.1–1\.33 kgce\/m3: give the measured coefficient/);
    expect(toStandardCoal(1, '10^4 m3', 'natural_gas', GB_T_2589_2020, 'equivalent', { kgcePerUnit: 1.2 }).kgce).toBeCloseTo(12000, 9);
    expect(() => toStandardCoal(1, 'm3', 'natural_gas', GB_T_2589_2020, 'equivalent', { kgcePerUnit: 0.0013 })).toThrow(
      /outside 1\.1–1\.33/,
    );
  });

  it('GB/T 2589-2020: a unit of the wrong kind and a heat equal value without input are refused, naming the field', () => {
    expect(() => toStandardCoal(1, 't', 'electricity')).toThrow(/unit: 电力（当量值） is converted per kWh/);
    expect(() => toStandardCoal(1, 'GJ', 'heat', GB_T_2589_2020, 'equal_value')).toThrow(/heatEqualValueKgcePerMj/);
    expect(() => toStandardCoal(-1, 't', 'coke')).toThrow(/quantity: must be a non-negative number/);
    // 1 GJ = 1000 MJ × 0.03412 = 34.12 kgce
    expect(toStandardCoal(1, 'GJ', 'heat').kgce).toBeCloseTo(34.12, 9);
  });

  it('GB/T 2589-2020: comprehensive consumption deducts exported energy; per unit of product divides by output', () => {
    const r = computeComprehensiveEnergyConsumption({
      consumed: [
        { energy: 'raw_coal', quantity: 1000, unit: 't' },
        { energy: 'electricity', quantity: 5_000_000, unit: 'kWh' },
      ],
      exported: [{ energy: 'electricity', quantity: 1_000_000, unit: 'kWh' }],
      production: { quantity: 10_000, unit: 't' },
    });
    // 1 000 000 kg × 0.7143 = 714 300; 5 000 000 × 0.1229 = 614 500; exported 1 000 000 × 0.1229 = 122 900
    // 714 300 + 614 500 − 122 900 = 1 205 900 kgce = 1205.9 tce; / 10 000 t = 120.59 kgce/t
    expect(r.consumedKgce).toBeCloseTo(1_328_800, 6);
    expect(r.exportedKgce).toBeCloseTo(122_900, 6);
    expect(r.totalTce).toBeCloseTo(1205.9, 9);
    expect(r.perUnitProduct?.value).toBeCloseTo(120.59, 9);
    expect(r.perUnitProduct?.unit).toBe('kgce/t');
    expect(() => computeComprehensiveEnergyConsumption({ consumed: [{ energy: 'natural_gas', quantity: 1, unit: 'm3' }] })).toThrow(
      /consumed\[0\]\.kgcePerUnit/,
    );
  });

  it('GB/T 2589-2020 附录A data: every stored coefficient lies in its sanity band; a 0.0013 kgce/m³ entry would be caught (STANDARDS.md §8.1)', () => {
    expect(checkStandardCoalCoefficientSet(GB_T_2589_2020)).toEqual([]);
    const broken = {
      ...GB_T_2589_2020,
      coefficients: { ...GB_T_2589_2020.coefficients, natural_gas: { ...GB_T_2589_2020.coefficients.natural_gas, kgcePerUnit: 0.0013 } },
    };
    expect(checkStandardCoalCoefficientSet(broken)).toEqual(['natural_gas: 0.0013 kgce/m3 outside 0.3–1.6']);
  });
});
