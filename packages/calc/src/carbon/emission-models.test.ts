import type { CalcEmissionsInput, EmissionSource, FieldIssue, MeasuredQuantity } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { buildEmissionModels } from './emission-models.ts';
import { parseEmissionsInput } from './parse-emissions-input.ts';

/** Bad input names the JSON path and the rule (house rule; issue #7 "errors in the input file"). */
const q = (value: number, unit: string, more: Partial<MeasuredQuantity> = {}): MeasuredQuantity => ({ value, unit, ...more });

const issuesOf = (run: () => unknown): FieldIssue[] => {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    return (error as { details: FieldIssue[] }).details;
  }
  throw new Error('expected VALIDATION_FAILED');
};

const heat: EmissionSource = { kind: 'purchased_heat', id: 'heat', quantity: q(3000, 'GJ'), factor: q(0.11, 'tCO2/GJ') };
const gas: EmissionSource = {
  kind: 'fuel_combustion',
  id: 'gas',
  quantity: q(10, '万Nm3'),
  ncv: q(389.31, 'GJ/万Nm3'),
  carbonContent: q(0.0153, 'tC/GJ'),
  oxidationRate: q(99, '%'),
};
const build =
  (sources: EmissionSource[], extra: Partial<CalcEmissionsInput> = {}) =>
  () =>
    buildEmissionModels({ sources, ...extra });

describe('emission models: unit and range checks with JSON paths', () => {
  it("names sources[2].ncv.unit when the NCV's denominator does not match the fuel amount (Nm³ vs m³)", () => {
    const issues = issuesOf(build([heat, heat, { ...gas, ncv: q(389.31, 'GJ/m3') }]));
    expect(issues).toEqual([
      {
        field: 'sources[2].ncv.unit',
        rule: 'energy-per-normal-volume (e.g. GJ/10^4Nm3)',
        message: "'GJ/m3' is not an energy-per-normal-volume unit (it is energy-per-volume)",
      },
    ]);
  });

  it('refuses an oxidation rate of 93 with unit "1" and says to write %', () => {
    const [issue] = issuesOf(build([{ ...gas, oxidationRate: q(93, '1') }]));
    expect(issue?.field).toBe('sources[0].oxidationRate.value');
    expect(issue?.message).toContain('for a percentage write { "value": 93, "unit": "%" }');
  });

  it('collects every problem at once: unknown unit, wrong dimension, missing NCV, negative amount', () => {
    const issues = issuesOf(
      build([
        { ...heat, quantity: q(3000, 'KWH') },
        { ...heat, id: 'h2', factor: q(0.11, 't/GJ') },
        { kind: 'fuel_combustion', id: 'coal', quantity: q(-5, 't'), carbonContent: q(0.02618, 'tC/GJ'), oxidationRate: q(93, '%') },
      ]),
    );
    expect(issues.map((i) => i.field)).toEqual([
      'sources[0].quantity.unit',
      'sources[1].factor.unit',
      'sources[2].ncv',
      'sources[2].quantity.value',
    ]);
    expect(issues[0]?.message).toBe("'KWH' is not a known unit (did you mean 'kWh'?)");
    expect(issues[1]?.message).toBe("'t/GJ' is not a CO2-per-energy unit (it is mass-per-energy)");
  });

  it('refuses an NCV beside a carbon content measured per tonne (the formula would count it twice)', () => {
    const [issue] = issuesOf(build([{ ...gas, quantity: q(10, 't'), ncv: q(20, 'GJ/t'), carbonContent: q(0.6, 'tC/t') }]));
    expect(issue).toMatchObject({ field: 'sources[0].ncv', rule: 'absent when carbonContent is per amount of fuel' });
  });

  it('steam below 83.74 kJ/kg and hot water at or below 20 °C are refused (STANDARDS §1.2 reference states)', () => {
    const issues = issuesOf(
      build([
        { kind: 'purchased_steam', id: 's', quantity: q(1, 't'), enthalpy: q(80, 'kJ/kg'), factor: q(0.11, 'tCO2/GJ') },
        { kind: 'purchased_hot_water', id: 'w', quantity: q(1, 't'), temperature: q(20, '°C'), factor: q(0.11, 'tCO2/GJ') },
      ]),
    );
    expect(issues.map((i) => [i.field, i.rule])).toEqual([
      ['sources[0].enthalpy.value', '> 83.74'],
      ['sources[1].temperature.value', '> 20'],
    ]);
  });

  it('clinker: non-carbonate CaO above the total CaO is refused', () => {
    const [issue] = issuesOf(
      build([{ kind: 'clinker', id: 'c', quantity: q(1, 't'), caoContent: q(1, '%'), caoNonCarbonate: q(2, '%'), mgoContent: q(0, '%') }]),
    );
    expect(issue?.field).toBe('sources[0].caoNonCarbonate.value');
  });

  it('CH4/N2O need gwpSet, and AR6 CH4 needs its origin', () => {
    const ch4: EmissionSource = { kind: 'non_co2', id: 'm', gas: 'CH4', quantity: q(1, 't') };
    expect(issuesOf(build([ch4])).map((i) => i.field)).toEqual(['gwpSet']);
    expect(issuesOf(build([ch4], { gwpSet: 'AR6' })).map((i) => i.field)).toEqual(['sources[0].origin']);
    expect(buildEmissionModels({ sources: [ch4], gwpSet: 'AR5' })).toHaveLength(1);
  });
});

describe('parseEmissionsInput: the shape, with JSON paths', () => {
  it('names an unknown kind, an unknown field, a duplicate id and two uncertainties on one quantity', () => {
    const issues = issuesOf(() =>
      parseEmissionsInput({
        sources: [
          { kind: 'coal', id: 'a' },
          { ...heat, quantity: { value: 1, unit: 'GJ', ncV: 2 } },
          { ...heat, factor: { value: 0.11, unit: 'tCO2/GJ', uRel: 0.01, mpeRel: 0.02 } },
        ],
      }),
    );
    expect(issues.map((i) => i.field)).toEqual(['sources[0].kind', 'sources[1].quantity', 'sources[2].factor.mpeRel']);
    expect(issues[0]?.rule).toContain('fuel_combustion, carbonate, clinker');
    expect(issues[1]?.message).toBe('unknown field(s): ncV');
  });

  it('names a duplicate id, and U without k', () => {
    const issues = issuesOf(() =>
      parseEmissionsInput({ sources: [heat, { ...heat, id: 'h2', quantity: { value: 1, unit: 'GJ', U: 0.1 } }] }),
    );
    expect(issues.map((i) => i.field)).toEqual(['sources[1].quantity.k']);
    const dup = issuesOf(() => parseEmissionsInput({ sources: [heat, heat] }));
    const message = "'heat' is already the id of sources[0]: ids are unique";
    expect(dup).toEqual([{ field: 'sources[1].id', rule: message, message }]);
  });
});
