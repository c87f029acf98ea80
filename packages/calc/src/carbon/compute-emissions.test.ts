import type { CalcEmissionsInput, EmissionSource, MeasuredQuantity } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { computeEmissions } from './compute-emissions.ts';

/**
 * Worked examples (issue #7 "done when"): every expected number is computed by hand in the comment and
 * must agree to the last digit shown. Factor values are inputs of the tests, tagged as in STANDARDS §1.
 */
const q = (value: number, unit: string, more: Partial<MeasuredQuantity> = {}): MeasuredQuantity => ({ value, unit, ...more });
const run = (sources: EmissionSource[], extra: Partial<CalcEmissionsInput> = {}) => computeEmissions({ sources, ...extra });
const one = (source: EmissionSource, extra: Partial<CalcEmissionsInput> = {}) => run([source], extra).sources[0]!;

const bituminousCoal: EmissionSource = {
  kind: 'fuel_combustion',
  id: 'boiler-1',
  // STANDARDS §1.3 Table A, bituminous coal [S2]: NCV 23.204 GJ/t, CC 0.02618 tC/GJ, OF 93 %
  quantity: q(1000, 't'),
  ncv: q(23.204, 'GJ/t'),
  carbonContent: q(0.02618, 'tC/GJ'),
  oxidationRate: q(93, '%'),
};

describe('emissions: worked examples (GB/T 32150 structure, STANDARDS §1.2)', () => {
  it('fuel combustion: 1000 t bituminous coal → 2071.5092552 tCO2 (GB/T 32150 E = FC × NCV × CC × OF × 44/12)', () => {
    // AD = 1000 t × 23.204 GJ/t = 23 204 GJ; C = 23 204 × 0.02618 = 607.48072 tC; × 0.93 = 564.9570696 tC
    // E = 564.9570696 × 44 / 12 = 24 858.1110624 / 12 = 2071.5092552 tCO2
    expect(one(bituminousCoal).tco2).toBeCloseTo(2071.5092552, 7);
  });

  it('fuel combustion: the oxidation rate as a fraction (0.93, unit "1") gives the same result', () => {
    expect(one({ ...bituminousCoal, oxidationRate: q(0.93, '1') }).tco2).toBeCloseTo(2071.5092552, 7);
  });

  it('fuel combustion: natural gas in 万Nm3 and in Nm3 → 216.2188809 tCO2', () => {
    // STANDARDS §1.3 natural gas [S2]: NCV 389.31 GJ/10^4Nm3, CC 0.0153 tC/GJ, OF 99 %
    // 10 × 389.31 = 3893.1 GJ; × 0.0153 = 59.56443 tC; × 0.99 = 58.9687857 tC; × 44/12 = 2594.6265708/12 = 216.2188809
    const gas = (quantity: MeasuredQuantity): EmissionSource => ({
      kind: 'fuel_combustion',
      id: 'gas',
      quantity,
      ncv: q(389.31, 'GJ/万Nm3'),
      carbonContent: q(0.0153, 'tC/GJ'),
      oxidationRate: q(99, '%'),
    });
    expect(one(gas(q(10, '万Nm3'))).tco2).toBeCloseTo(216.2188809, 7);
    expect(one(gas(q(100_000, 'Nm3'))).tco2).toBeCloseTo(216.2188809, 7);
  });

  it('fuel combustion: carbon measured per tonne of fuel needs no NCV (E = FC × C × OF × 44/12)', () => {
    // 1000 t × 0.6 tC/t = 600 tC; × 0.99 = 594 tC; × 44/12 = 2178 tCO2
    const measured: EmissionSource = {
      kind: 'fuel_combustion',
      id: 'c',
      quantity: q(1000, 't'),
      carbonContent: q(0.6, 'tC/t'),
      oxidationRate: q(99, '%'),
    };
    expect(one(measured).tco2).toBeCloseTo(2178, 9);
  });

  it('carbonate: 5000 t limestone at 92 % CaCO3 → 2022.666 tCO2 (E = M × PUR × EF, EF 0.43971 [C])', () => {
    // 5000 × 0.92 = 4600 t CaCO3; × 0.43971 tCO2/t = 2022.666 tCO2
    const source: EmissionSource = {
      kind: 'carbonate',
      id: 'kiln',
      quantity: q(5000, 't'),
      purity: q(92, '%'),
      factor: q(0.43971, 'tCO2/t'),
    };
    expect(one(source).tco2).toBeCloseTo(2022.666, 9);
    // with 90 % calcined: 2022.666 × 0.9 = 1820.3994
    expect(one({ ...source, calcinedFraction: q(90, '%') }).tco2).toBeCloseTo(1820.3994, 9);
  });

  it('clinker: 10 000 t, CaO 65 % (1 % non-carbonate), MgO 2 % (0.5 %) → 5193.571429 tCO2', () => {
    // (0.65 − 0.01) × 44/56 = 0.64 × 0.785714… = 0.5028571429; (0.02 − 0.005) × 44/40 = 0.015 × 1.1 = 0.0165
    // 10 000 × (0.5028571429 + 0.0165) = 10 000 × 0.5193571429 = 5193.571429 tCO2
    const source: EmissionSource = {
      kind: 'clinker',
      id: 'clinker',
      quantity: q(10_000, 't'),
      caoContent: q(65, '%'),
      caoNonCarbonate: q(1, '%'),
      mgoContent: q(2, '%'),
      mgoNonCarbonate: q(0.5, '%'),
    };
    expect(one(source).tco2).toBeCloseTo(5193.571429, 6);
  });

  it('purchased electricity: 2 500 000 kWh × 0.5366 kgCO2/kWh → 1341.5 tCO2 (national 2022 factor, STANDARDS §1.5 [S])', () => {
    // 2 500 000 kWh = 2500 MWh; 0.5366 kgCO2/kWh = 0.5366 tCO2/MWh; 2500 × 0.5366 = 1341.5 tCO2
    const source: EmissionSource = {
      kind: 'purchased_electricity',
      id: 'grid',
      quantity: q(2_500_000, 'kWh'),
      factor: q(0.5366, 'kgCO2/kWh'),
    };
    expect(one(source).tco2).toBe(1341.5);
  });

  it('exported electricity counts negative: 100 MWh × 0.5366 → −53.66 tCO2', () => {
    expect(one({ kind: 'exported_electricity', id: 'pv', quantity: q(100, 'MWh'), factor: q(0.5366, 'tCO2/MWh') }).tco2).toBeCloseTo(
      -53.66,
      10,
    );
  });

  it('purchased heat: 3000 GJ × 0.11 tCO2/GJ → 330 tCO2; the same heat in Gcal converts (STANDARDS §1.2)', () => {
    expect(one({ kind: 'purchased_heat', id: 'heat', quantity: q(3000, 'GJ'), factor: q(0.11, 'tCO2/GJ') }).tco2).toBeCloseTo(330, 10);
    // 1000 Gcal × 4.1868 GJ/Gcal = 4186.8 GJ; × 0.11 = 460.548 tCO2
    expect(one({ kind: 'purchased_heat', id: 'heat', quantity: q(1000, 'Gcal'), factor: q(0.11, 'tCO2/GJ') }).tco2).toBeCloseTo(460.548, 9);
  });

  it('purchased steam: 2000 t at 2777.7 kJ/kg → 592.6712 tCO2 (AD = Ma × (En − 83.74) × 10^-3 GJ)', () => {
    // 2777.7 − 83.74 = 2693.96 kJ/kg; 2000 t × 2693.96 × 10^-3 = 5387.92 GJ; × 0.11 = 592.6712 tCO2
    const source: EmissionSource = {
      kind: 'purchased_steam',
      id: 'steam',
      quantity: q(2000, 't'),
      enthalpy: q(2777.7, 'kJ/kg'),
      factor: q(0.11, 'tCO2/GJ'),
    };
    expect(one(source).tco2).toBeCloseTo(592.6712, 9);
  });

  it('hot water: 5000 t at 95 °C → 172.7055 tCO2 (AD = Ma × (T − 20) × 4.1868 × 10^-3 GJ); exported is negative', () => {
    // (95 − 20) × 4.1868 = 314.01 kJ/kg; × 5000 t × 10^-3 = 1570.05 GJ; × 0.11 = 172.7055 tCO2
    const source: EmissionSource = {
      kind: 'purchased_hot_water',
      id: 'hw',
      quantity: q(5000, 't'),
      temperature: q(95, '℃'),
      factor: q(0.11, 'tCO2/GJ'),
    };
    expect(one(source).tco2).toBeCloseTo(172.7055, 9);
    expect(one({ ...source, kind: 'exported_hot_water' }).tco2).toBeCloseTo(-172.7055, 9);
  });

  it('CH4 and N2O as CO2e with the chosen GWP set (AR5 CH4 28, N2O 265; AR6 CH4 fossil 29.8 / non-fossil 27.0, N2O 273)', () => {
    const ch4: EmissionSource = { kind: 'non_co2', id: 'ch4', gas: 'CH4', origin: 'fossil', quantity: q(2000, 'kg') };
    const n2o: EmissionSource = { kind: 'non_co2', id: 'n2o', gas: 'N2O', quantity: q(0.5, 't') };
    // AR5: 2 t × 28 = 56; 0.5 t × 265 = 132.5; total 188.5 tCO2e
    const ar5 = run([ch4, n2o], { gwpSet: 'AR5' });
    expect(ar5.totalTco2).toBeCloseTo(188.5, 10);
    expect(ar5.gwpSet).toBe('AR5');
    // AR6: 2 × 29.8 = 59.6; 0.5 × 273 = 136.5; non-fossil CH4 2 × 27.0 = 54
    expect(run([ch4, n2o], { gwpSet: 'AR6' }).totalTco2).toBeCloseTo(196.1, 10);
    expect(one({ ...ch4, origin: 'non_fossil' }, { gwpSet: 'AR6' }).tco2).toBeCloseTo(54, 10);
  });

  it('biomass CO2 is reported apart and not added to the total (GB/T 32150)', () => {
    const wood: EmissionSource = { ...bituminousCoal, id: 'wood', biomass: true };
    const result = run([bituminousCoal, wood]);
    expect(result.totalTco2).toBeCloseTo(2071.5092552, 7);
    expect(result.biomassTco2).toBeCloseTo(2071.5092552, 7);
    expect(result.sources.map((s) => s.countedInTotal)).toEqual([true, false]);
  });

  it('the total sums purchased, subtracts exported and recovered CO2 (GB/T 32150 structure)', () => {
    // 330 (heat) − 53.66 (exported electricity) − 20 (recovered) = 256.34 tCO2
    const result = run([
      { kind: 'purchased_heat', id: 'heat', quantity: q(3000, 'GJ'), factor: q(0.11, 'tCO2/GJ') },
      { kind: 'exported_electricity', id: 'pv', quantity: q(100, 'MWh'), factor: q(0.5366, 'tCO2/MWh') },
      { kind: 'co2_recovered', id: 'ccus', quantity: q(20, 'tCO2') },
    ]);
    expect(result.totalTco2).toBeCloseTo(256.34, 10);
  });
});
