import { describe, expect, it } from 'vitest';
import { AppError } from '@jiliang/shared';
import { mpeFromAccuracyClass, readingStandardUncertainty } from './reading-uncertainty.ts';
import { makeCertificate } from './test-fixtures.ts';

const calibration = makeCertificate({
  id: 'c',
  number: 'JZ-2025-018',
  calibratedOn: '2025-01-01',
  results: [
    { quantity: '有功电能', value: 10, unit: 'kWh', expandedUncertainty: 0.1, coverageFactor: 2, relative: true },
    { quantity: '有功电能', value: 100, unit: 'kWh', expandedUncertainty: 0.05, coverageFactor: 2, relative: true },
    { quantity: '有功电能', value: 1000, unit: 'kWh', expandedUncertainty: 0.02, coverageFactor: 2, relative: true },
    { quantity: '温度', unit: '°C', expandedUncertainty: 0.06, coverageFactor: 2, relative: false },
  ],
});

describe('readingStandardUncertainty: u = U/k from a certificate (JJF 1059.1-2012 4.3.3, GUM 4.3.3)', () => {
  it('absolute U: U = 0.06 °C, k = 2 → u = 0.06 / 2 = 0.03 °C; at 20 °C uRel = 0.03 / 20 = 0.0015', () => {
    const result = readingStandardUncertainty({ certificate: calibration, quantity: '温度', reading: 20, unit: '°C' });
    expect(result.method).toBe('certificate_U_over_k');
    expect(result.u).toBeCloseTo(0.03, 15);
    expect(result.uRel).toBeCloseTo(0.0015, 15);
    expect(result.source).toContain('JZ-2025-018');
  });

  it('relative U at the nearest calibration point: reading 120 kWh → point 100 kWh, U = 0.05 %, k = 2 → uRel = 0.0005 / 2 = 0.00025, u = 0.00025 × 120 = 0.03 kWh', () => {
    const result = readingStandardUncertainty({ certificate: calibration, reading: 120, unit: 'kWh' });
    expect(result.uRel).toBeCloseTo(0.00025, 15);
    expect(result.u).toBeCloseTo(0.03, 15);
    expect(result.sourceEn).toContain('@ 100 kWh');
  });

  it('a zero reading with an absolute U: u = 0.03 °C, uRel null', () => {
    const result = readingStandardUncertainty({ certificate: calibration, quantity: '温度', reading: 0, unit: '°C' });
    expect(result.u).toBeCloseTo(0.03, 15);
    expect(result.uRel).toBeNull();
  });
});

describe('readingStandardUncertainty: MPE as a rectangular distribution, u = a/√3 (JJF 1059.1-2012 4.3.3.2, GUM 4.3.7)', () => {
  it('class 0.5S energy meter, reading 1000 kWh: a = 0.005 × 1000 = 5 kWh, u = 5/√3 = 2.886751345948129 kWh', () => {
    const result = readingStandardUncertainty({ accuracyClass: '0.5S', reading: 1000, unit: 'kWh' });
    expect(result.method).toBe('mpe_rectangular');
    expect(result.u).toBeCloseTo(2.886751345948129, 12);
    // uRel = 0.005/√3 = 0.002886751345948129
    expect(result.uRel).toBeCloseTo(0.002886751345948129, 15);
  });

  it('class 1.6 pressure gauge as 引用误差 of full scale 2.5 MPa: a = 0.016 × 2.5 = 0.04 MPa, u = 0.04/√3 = 0.023094010767585 MPa', () => {
    const result = readingStandardUncertainty({ accuracyClass: '1.6', fullScale: 2.5, reading: 1.2, unit: 'MPa' });
    expect(result.u).toBeCloseTo(0.023094010767585, 12);
    // uRel = 0.023094010767585 / 1.2 = 0.019245008972988
    expect(result.uRel).toBeCloseTo(0.019245008972988, 12);
  });

  it('an absolute MPE ±0.5 °C: u = 0.5/√3 = 0.288675134594813 °C', () => {
    expect(readingStandardUncertainty({ mpeAbsolute: 0.5, reading: 80, unit: '°C' }).u).toBeCloseTo(0.288675134594813, 12);
  });

  it('a stated mpeRelative wins over the class: 0.01 × 200 m³ = 2 m³, u = 2/√3 = 1.154700538379252', () => {
    const result = readingStandardUncertainty({ accuracyClass: '2', mpeRelative: 0.01, reading: 200, unit: 'm³' });
    expect(result.u).toBeCloseTo(1.154700538379252, 12);
  });

  it('a verification certificate (检定) with a class gives the MPE, not U/k: the instrument is used uncorrected', () => {
    const verification = { ...calibration, kind: 'verification' as const, conclusion: 'pass' as const };
    expect(readingStandardUncertainty({ certificate: verification, accuracyClass: '1.0', reading: 100, unit: 'kWh' }).method).toBe(
      'mpe_rectangular',
    );
    expect(readingStandardUncertainty({ certificate: verification, reading: 100, unit: 'kWh' }).method).toBe('certificate_U_over_k');
  });

  it('a certificate with no result in the reading unit falls back to the class', () => {
    expect(readingStandardUncertainty({ certificate: calibration, accuracyClass: '2', reading: 10, unit: 'm³' }).method).toBe(
      'mpe_rectangular',
    );
  });

  it('nothing to go on: a validation error', () => {
    expect(() => readingStandardUncertainty({ certificate: calibration, reading: 10, unit: 'm³' })).toThrow(AppError);
  });
});

describe('mpeFromAccuracyClass (GB 17167-2006 classes; GB/T 17215 / IEC 62053 letter classes)', () => {
  it.each([
    ['0.5S', 0.005],
    ['0.2S', 0.002],
    ['1.0', 0.01],
    ['2', 0.02],
    ['1级', 0.01],
    ['Class 1', 0.01],
    ['０．５Ｓ', 0.005],
    ['±0.1%', 0.001],
    ['A', 0.02],
    ['B', 0.01],
    ['C', 0.005],
    ['D', 0.002],
  ])('%s → %f', (accuracyClass, expected) => {
    expect(mpeFromAccuracyClass(accuracyClass)).toBeCloseTo(expected, 15);
  });

  it.each(['Ⅲ', '', '0', 'abc', '15', '-1'])('rejects %j with an error naming accuracyClass', (accuracyClass) => {
    expect(() => mpeFromAccuracyClass(accuracyClass)).toThrow(/accuracyClass: known_accuracy_class/);
  });
});
