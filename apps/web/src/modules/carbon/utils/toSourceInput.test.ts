import { describe, expect, it } from 'vitest';
import { shiftDecimal } from './shiftDecimal.ts';
import { toActivityEntryInput } from './toActivityEntryInput.ts';
import { toSourceInput } from './toSourceInput.ts';

describe('shiftDecimal (% ↔ fraction without binary noise)', () => {
  it('moves the decimal point exactly', () => {
    expect(0.7 / 100).not.toBe(0.007); // the noise this avoids: 0.006999999999999999
    expect(shiftDecimal(0.7, -2)).toBe(0.007);
    expect(shiftDecimal(0.007, 2)).toBe(0.7);
    expect(shiftDecimal(1e-7, 2)).toBe(0.00001);
    expect(shiftDecimal(5, -2)).toBe(0.05);
  });
});

describe('toSourceInput (新增排放源, GB/T 32150)', () => {
  it('binds fuel parameters to library codes or a measured value, uRel from % to a fraction', () => {
    const input = toSourceInput({
      code: ' S-NG ',
      name: '窑炉天然气',
      kind: 'fuel_combustion',
      subject: 'natural_gas',
      activityFrom: 'manual',
      pointId: 'ignored-for-manual',
      activityUnit: '10^4Nm3',
      parameters: {
        ncv: { mode: 'measured', value: 385.2, unit: 'GJ/10^4Nm3', uRelPercent: 0.7 },
        carbonContent: { mode: 'factor', factor: 'fuel.natural_gas.cc' },
        oxidationRate: { mode: 'factor', factor: 'fuel.natural_gas.of' },
        factor: { mode: 'factor', factor: 'grid.national' }, // not a fuel parameter: dropped
      },
    });
    expect(input).toEqual({
      code: 'S-NG',
      name: '窑炉天然气',
      kind: 'fuel_combustion',
      subject: 'natural_gas',
      siteId: null,
      pointId: null,
      activityUnit: '10^4Nm3',
      parameters: {
        ncv: { value: 385.2, unit: 'GJ/10^4Nm3', uRel: 0.007 },
        carbonContent: { factor: 'fuel.natural_gas.cc' },
        oxidationRate: { factor: 'fuel.natural_gas.of' },
      },
      biomass: false,
    });
  });
  it('keeps the point for measured activity and leaves an unfilled optional parameter out', () => {
    const input = toSourceInput({
      code: 'S-EL',
      name: '外购电力',
      kind: 'purchased_electricity',
      subject: 'electricity',
      siteId: 'site-1',
      activityFrom: 'point',
      pointId: 'point-1',
      activityUnit: 'MWh',
      parameters: { factor: { mode: 'factor' } },
    });
    expect(input).toMatchObject({ pointId: 'point-1', siteId: 'site-1', parameters: {} });
    expect(input).not.toHaveProperty('gas');
    expect(input).not.toHaveProperty('biomass');
  });
  it('names the gas of a non-CO2 source, with the origin for CH4 only', () => {
    const base = {
      code: 'S-CH4',
      name: '逸散',
      kind: 'non_co2' as const,
      subject: 'CH4',
      activityFrom: 'manual' as const,
      activityUnit: 't',
    };
    expect(toSourceInput({ ...base, gas: 'CH4', origin: 'fossil' })).toMatchObject({ gas: 'CH4', origin: 'fossil', parameters: {} });
    expect(toSourceInput({ ...base, gas: 'N2O', origin: 'fossil' })).toMatchObject({ gas: 'N2O', origin: null });
  });
});

describe('toActivityEntryInput (录入活动数据)', () => {
  it('sends the month, value, unit, uRel as a fraction and the evidence', () => {
    expect(
      toActivityEntryInput({ month: '2025-02', value: 8, unit: ' 10^4Nm3 ', uRelPercent: 2.5, evidence: ' 燃气结算单 2025-02 ' }),
    ).toEqual({
      month: '2025-02',
      value: 8,
      unit: '10^4Nm3',
      uRel: 0.025,
      evidence: '燃气结算单 2025-02',
    });
    expect(toActivityEntryInput({ month: '2025-02', value: 0, unit: 't', uRelPercent: null, evidence: '停产证明' })).not.toHaveProperty(
      'uRel',
    );
  });
});
