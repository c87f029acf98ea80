import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertUnit, isSameDimension } from './convert-unit.ts';
import { parseUnit, tryParseUnit } from './parse-unit.ts';
import { UNIT_TABLE } from './unit-table.ts';

describe('units: parsing (ARCHITECTURE rule 8)', () => {
  it.each([
    ['m3', 'm3'],
    ['m³', 'm3'],
    ['Nm3', 'Nm3'],
    ['Nm³', 'Nm3'],
    ['万Nm3', '10^4Nm3'],
    ['10^4 Nm3', '10^4Nm3'],
    ['10⁴ Nm³', '10^4Nm3'],
    ['GJ/万Nm3', 'GJ/10^4Nm3'],
    ['tCO₂/MWh', 'tCO2/MWh'],
    ['℃', '°C'],
    ['吨', 't'],
  ])('reads %s as %s', (spelling, symbol) => {
    expect(parseUnit(spelling).symbol).toBe(symbol);
  });

  it('gives quotient units a dimension key: GJ/t is energy/mass, tC/GJ carbon/energy, kJ/kg energy/mass', () => {
    expect(parseUnit('GJ/t').dimension).toBe('energy/mass');
    expect(parseUnit('tC/GJ').dimension).toBe('carbon/energy');
    expect(parseUnit('kJ/kg').dimension).toBe('energy/mass');
    expect(parseUnit('kgCO2/kWh').dimension).toBe('co2/energy');
  });

  it('keeps standard coal out: tce is factor data of the energy work (GB/T 2589), not a unit', () => {
    expect(tryParseUnit('tce')).toEqual({ ok: false, reason: "'tce' is not a known unit" });
  });

  it('suggests the unit a wrong case meant, and refuses °C and % inside a quotient', () => {
    expect(() => parseUnit('KWH')).toThrow("'KWH' is not a known unit (did you mean 'kWh'?)");
    expect(tryParseUnit('tCO2/°C').ok).toBe(false);
    expect(tryParseUnit('GJ/t/h').ok).toBe(false);
  });
});

describe('units: convertUnit', () => {
  it('converts exactly where the factors are integers', () => {
    // 1000 kWh × 3600 kJ/kWh = 3 600 000 kJ = 1 MWh (3 600 000 kJ/MWh)
    expect(convertUnit(1000, 'kWh', 'MWh')).toBe(1);
    // 1 GJ = 10^6 kJ / 3600 kJ/kWh = 277.777… kWh
    expect(convertUnit(1, 'GJ', 'kWh')).toBeCloseTo(277.7777777778, 10);
    // 15.3 tC/TJ × (10^3 kgC/tC · 10^6 kJ/GJ) / (10^9 kJ/TJ · 10^3 kgC/tC) = 0.0153 tC/GJ
    expect(convertUnit(15.3, 'tC/TJ', 'tC/GJ')).toBe(0.0153);
    // 0.5366 kgCO2/kWh = 0.5366 tCO2/MWh (both numerator and denominator scale by 1000)
    expect(convertUnit(0.5366, 'kgCO2/kWh', 'tCO2/MWh')).toBe(0.5366);
    // 389.31 GJ/10^4Nm3 = 0.038931 GJ/Nm3
    expect(convertUnit(389.31, 'GJ/万Nm3', 'GJ/Nm3')).toBeCloseTo(0.038931, 15);
    // 93 % = 0.93
    expect(convertUnit(93, '%', '1')).toBe(0.93);
    // 1 Gcal = 4.1868 GJ (International Table calorie, GB/T 2589)
    expect(convertUnit(1, 'Gcal', 'GJ')).toBeCloseTo(4.1868, 12);
    // 2.5 10^4t = 25 000 t
    expect(convertUnit(2.5, '万t', 't')).toBe(25000);
  });

  it('refuses m³ → Nm³ with both units and both dimensions in the message', () => {
    expect(() => convertUnit(1, 'm3', 'Nm3')).toThrow("cannot convert 'm3' (volume) to 'Nm3' (normal-volume): different dimensions");
    expect(() => convertUnit(1, 't', 'tCO2')).toThrow(/'t' \(mass\) to 'tCO2' \(CO2\)/);
    expect(() => convertUnit(1, 'GJ/kg', 'GJ/Nm3')).toThrow(/energy-per-mass.*energy-per-normal-volume/);
    expect(isSameDimension('kWh', 'GJ')).toBe(true);
  });

  it('round-trips every pair of units of one dimension (property)', () => {
    const pairs = UNIT_TABLE.flatMap((a) =>
      UNIT_TABLE.filter((b) => b.dimension === a.dimension).map((b) => [a.symbol, b.symbol] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.double({ min: 1e-6, max: 1e9, noNaN: true }), ([a, b], value) => {
        const back = convertUnit(convertUnit(value, a, b), b, a);
        expect(Math.abs(back - value)).toBeLessThanOrEqual(1e-12 * value);
      }),
    );
  });

  it('never converts across dimensions (property)', () => {
    const pairs = UNIT_TABLE.flatMap((a) =>
      UNIT_TABLE.filter((b) => b.dimension !== a.dimension).map((b) => [a.symbol, b.symbol] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ([a, b]) => {
        expect(() => convertUnit(1, a, b)).toThrow(/different dimensions/);
      }),
    );
  });
});
