import { describe, expect, it } from 'vitest';
import { findGb17167AccuracyRow, isGb17167AccuracyNoWorse, parseGb17167AccuracyClass } from './accuracy-class.ts';
import { GB17167_RULE_SETS } from './gb17167-rule-sets.ts';

const table = GB17167_RULE_SETS[0]!.accuracy!;
const grade = (s: string) => parseGb17167AccuracyClass(s)!;

describe('accuracy classes (GB 17167-2006 4.3 表4)', () => {
  it('parses classes and MPEs, and refuses what is neither', () => {
    expect(parseGb17167AccuracyClass('0.5S')).toEqual({ value: 0.5, s: true });
    expect(parseGb17167AccuracyClass('±0.1%')).toEqual({ value: 0.1, s: false });
    expect(parseGb17167AccuracyClass('2')).toEqual({ value: 2, s: false });
    expect(parseGb17167AccuracyClass('1.0级')).toEqual({ value: 1, s: false });
    expect(parseGb17167AccuracyClass('A')).toBeNull();
    expect(parseGb17167AccuracyClass('0.5S%')).toBeNull();
  });

  it('GB 17167-2006 4.3 表4: equality conforms; better conforms; worse does not; 0.2 without S does not meet 0.5S', () => {
    expect(isGb17167AccuracyNoWorse(grade('0.5S'), grade('0.5S'))).toBe(true);
    expect(isGb17167AccuracyNoWorse(grade('0.2S'), grade('0.5S'))).toBe(true);
    expect(isGb17167AccuracyNoWorse(grade('1.0'), grade('0.5S'))).toBe(false);
    expect(isGb17167AccuracyNoWorse(grade('0.2'), grade('0.5S'))).toBe(false);
    expect(isGb17167AccuracyNoWorse(grade('0.5S'), grade('1.0'))).toBe(true);
    expect(isGb17167AccuracyNoWorse(grade('2.5'), grade('2.5'))).toBe(true);
    expect(isGb17167AccuracyNoWorse(grade('2.5'), grade('1.5'))).toBe(false);
  });

  it('GB 17167-2006 4.3 表4: water meters split at 250 mm (250 is the ≤ row), AC entry meters by metering-point class', () => {
    const water = {
      instrumentType: 'water_meter',
      medium: 'water',
      level: 'entry_exit',
      current: 'ac',
      forMassCalculation: false,
    } as const;
    expect(findGb17167AccuracyRow(table, { ...water, pipeDiameterMm: 250 })).toMatchObject({ kind: 'row', row: { required: '2.5' } });
    expect(findGb17167AccuracyRow(table, { ...water, pipeDiameterMm: 251 })).toMatchObject({ kind: 'row', row: { required: '1.5' } });
    expect(findGb17167AccuracyRow(table, water)).toMatchObject({ kind: 'needs', field: 'pipeDiameterMm' });
    const ac = {
      instrumentType: 'electricity_meter',
      medium: 'electricity',
      level: 'entry_exit',
      current: 'ac',
      forMassCalculation: false,
    } as const;
    const classes = (['I', 'II', 'III', 'IV', 'V'] as const).map((c) => {
      const m = findGb17167AccuracyRow(table, { ...ac, meteringPointClass: c });
      return m.kind === 'row' ? m.row.required : m.kind;
    });
    expect(classes).toEqual(['0.2S', '0.5S', '1.0', '2.0', '2.0']);
    expect(findGb17167AccuracyRow(table, { ...ac, current: 'dc' })).toMatchObject({ kind: 'row', row: { required: '2.0' } });
    expect(findGb17167AccuracyRow(table, { ...ac, level: 'main_equipment' })).toEqual({ kind: 'none' });
    const steam = {
      instrumentType: 'steam_flow_meter',
      medium: 'steam',
      level: 'sub_unit',
      current: 'ac',
      forMassCalculation: false,
    } as const;
    expect(findGb17167AccuracyRow(table, steam)).toMatchObject({ kind: 'row', row: { required: '2.5' } });
    const temperature = {
      instrumentType: 'temperature_instrument',
      medium: 'steam',
      level: 'sub_unit',
      current: 'ac',
      forMassCalculation: true,
    } as const;
    expect(findGb17167AccuracyRow(table, temperature)).toMatchObject({ kind: 'row', row: { required: '1.0' } });
  });
});
