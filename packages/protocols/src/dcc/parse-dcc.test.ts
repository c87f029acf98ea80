import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDcc } from './parse-dcc.ts';

const readFixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const ROOT = '/dcc:digitalCalibrationCertificate';
const RESULTS = `${ROOT}/dcc:measurementResults/dcc:measurementResult/dcc:results`;

describe('parseDcc: PTB DCC v3.2 electricity meter, D-SI 1.x si:expandedUnc', () => {
  const { certificate, warnings } = parseDcc(readFixture('electricity-meter-3.2.xml'));

  it('reads the core data: number, dates, languages, laboratory (Chinese name preferred over English)', () => {
    expect(warnings).toEqual([]);
    expect(certificate).toMatchObject({
      schemaVersion: '3.2.0',
      uniqueIdentifier: 'HBJH-DCC-2024-E0317',
      countryCode: 'CN',
      languages: ['zh', 'en'],
      receiptDate: '2024-05-06',
      beginPerformanceDate: '2024-05-08',
      endPerformanceDate: '2024-05-09',
      issueDate: '2024-05-10',
      // dcc:content lang="en" comes first in the file; zh wins.
      laboratory: { name: '湖北江汉计量校准中心', city: '武汉', countryCode: 'CN' },
      customer: '湖北江城特钢有限公司',
      respPersons: ['张伟', '李娜'],
    });
  });

  it('reads the item with its serial number (出厂编号), not the customer asset number', () => {
    expect(certificate.items).toEqual([
      {
        name: '三相电子式交流电能表',
        manufacturer: '武汉江城电气仪表有限公司',
        model: 'DTZ-3188',
        serialNumber: '4201230045871',
        identifications: [
          { issuer: 'customer', value: 'ZC-EM-0042', name: '资产编号' },
          { issuer: 'manufacturer', value: '4201230045871', name: '出厂编号' },
        ],
      },
    ]);
  });

  it('reads statements with norm, traceability and conformity, and concludes pass', () => {
    expect(certificate.statements).toHaveLength(4);
    expect(certificate.statements[0]).toEqual({ text: 'JJG 596-2012: 依据 JJG 596-2012《电子式交流电能表》的方法进行校准。' });
    expect(certificate.statements[1]).toMatchObject({ traceable: true });
    expect(certificate.statements[3]).toMatchObject({ conformity: 'pass' });
    expect(certificate.conclusion).toBe('pass');
  });

  it('reads the used method and the reference standards with their certificate numbers (traceability chain)', () => {
    expect(certificate.usedMethods).toEqual(['标准电能表法']);
    expect(certificate.referenceStandards).toEqual([
      { name: '三相电能表检定装置', identification: 'JC-2019-0451', certificateNumber: 'HBJL-2024-E0815' },
      { name: '0.05 级三相标准电能表', identification: 'RS3-10277', certificateNumber: 'GDJL-2024-1123' },
    ]);
  });

  it('normalises si:expandedUnc to U, k, p and derives u = U/k (GUM 6.2.1, JJF 1059.1-2012)', () => {
    const [errors, clock, register] = certificate.results;
    expect(errors).toMatchObject({ measurementResultName: '电能表校准', name: '有功电能示值误差', refType: 'basic_measurementError' });
    expect(errors?.quantities.map((quantity) => quantity.value)).toEqual([-0.12, 0.08, 0.15, 0.21]);
    // Imax, cos phi = 1: U = 0.05 %, k = 2 → u = 0.05 / 2 = 0.025 %
    expect(errors?.quantities[0]).toEqual({
      name: 'Imax，cosφ = 1.0',
      refType: 'basic_measurementError',
      value: -0.12,
      unit: '\\percent',
      unitValid: true,
      expandedUncertainty: 0.05,
      coverageFactor: 2,
      coverageProbability: 0.95,
      standardUncertainty: 0.025,
      distribution: 'normal',
    });
    // Ib, cos phi = 0.5L: u = 0.06 / 2 = 0.03 %; 0.05 Ib: u = 0.08 / 2 = 0.04 %
    expect(errors?.quantities[2]?.standardUncertainty).toBeCloseTo(0.03, 12);
    expect(errors?.quantities[3]?.standardUncertainty).toBeCloseTo(0.04, 12);
    // Clock: U = 0.03 s/d, k = 2 → u = 0.015 s/d
    expect(clock?.quantities).toEqual([expect.objectContaining({ value: 0.21, unit: '\\second\\per\\day', standardUncertainty: 0.015 })]);
    // A reading without uncertainty keeps only value and unit.
    expect(register?.quantities).toEqual([
      { name: '电能示值', refType: 'basic_measuredValue', value: 1234.56, unit: '\\kilo\\watt\\hour', unitValid: true },
    ]);
  });
});

describe('parseDcc: PTB DCC v3.3 flow meter, D-SI 2.x si:expandedMU and si:realListXMLList, ns0:/ns1: prefixes', () => {
  const { certificate, warnings } = parseDcc(readFixture('flow-meter-3.3.xml'));

  it('matches elements by local name whatever the prefix, and prefers English over German', () => {
    expect(warnings).toEqual([]);
    expect(certificate).toMatchObject({
      schemaVersion: '3.3.0',
      uniqueIdentifier: 'HBFL-2024-F-0088',
      languages: ['en', 'de'],
      beginPerformanceDate: '2024-09-02', // xs:date "2024-09-02+08:00": the time zone is dropped
      endPerformanceDate: '2024-09-03',
      laboratory: { name: 'Hubei Jianghan Flow Calibration Laboratory', city: 'Wuhan', countryCode: 'CN' },
      usedMethods: ['Standard-Volumenvergleich mit Wägeverfahren'], // only German: the first content is used
    });
    expect(certificate.items[0]?.identifications[0]).toEqual({ issuer: 'customer', value: 'FT-101', name: 'Inventarnummer' });
    expect(certificate.items[0]?.serialNumber).toBe('HS23-07719');
  });

  it('reads a DCC 3.3 reference standard certificate from dcc:referralID', () => {
    expect(certificate.referenceStandards).toEqual([
      { name: 'Static gravimetric water flow standard facility', identification: 'FL-STD-03', certificateNumber: 'HBJL-2024-L0210' },
    ]);
  });

  it('concludes fail from a failing conformity statement; traceable "1" is true', () => {
    expect(certificate.conclusion).toBe('fail');
    expect(certificate.statements.map((statement) => statement.conformity)).toEqual(['fail', undefined]);
    expect(certificate.statements[1]?.traceable).toBe(true);
  });

  it('expands si:realListXMLList into one quantity per value, one k and p shared by all (D-SI XMLList)', () => {
    const errors = certificate.results[0];
    expect(errors?.quantities).toHaveLength(6); // 3 reference flow rates + 3 relative errors
    const reference = errors?.quantities.slice(0, 3) ?? [];
    expect(reference.map((quantity) => [quantity.value, quantity.expandedUncertainty, quantity.standardUncertainty])).toEqual([
      [10, 0.005, 0.0025], // u = 0.005 / 2
      [50, 0.025, 0.0125], // u = 0.025 / 2
      [100, 0.05, 0.025], // u = 0.05 / 2
    ]);
    expect(reference.every((quantity) => quantity.unit === '\\metre\\tothe{3}\\per\\hour' && quantity.unitValid)).toBe(true);
    const relative = errors?.quantities.slice(3) ?? [];
    expect(relative.map((quantity) => quantity.value)).toEqual([0.21, -0.05, 0.12]);
    // 0.21 %: U = 0.08 %, k = 2, p = 0.95 → u = 0.04 %
    expect(relative[0]).toEqual({
      name: 'Relative error',
      refType: 'basic_measurementError',
      value: 0.21,
      unit: '\\percent',
      unitValid: true,
      expandedUncertainty: 0.08,
      coverageFactor: 2,
      coverageProbability: 0.95,
      standardUncertainty: 0.04,
    });
  });

  it('reads si:expandedMU inside si:hybrid (first unit only) and si:standardMU without k', () => {
    const [, factor, repeatability] = certificate.results;
    // U = 0.0008, k = 2 → u = 0.0004; the second si:real (100.21 %) is the same quantity and is not repeated.
    expect(factor?.quantities).toEqual([
      expect.objectContaining({
        value: 1.0021,
        unit: '\\one',
        expandedUncertainty: 0.0008,
        coverageFactor: 2,
        standardUncertainty: 0.0004,
      }),
    ]);
    expect(repeatability).toMatchObject({ name: 'Wiederholbarkeit bei 50 m³/h', refType: 'basic_repeatability' });
    // No dcc:name: the si:label names the quantity. si:standardMU gives u only.
    expect(repeatability?.quantities).toEqual([
      { name: 's_r', value: 0.03, unit: '\\percent', unitValid: true, standardUncertainty: 0.004, distribution: 'normal' },
    ]);
  });
});

describe('parseDcc: malformed D-SI units give warnings, not failures (PTB DCC v3.1, default namespace)', () => {
  const { certificate, warnings } = parseDcc(readFixture('malformed-unit-3.1.xml'));

  it('imports every value and marks the malformed units unitValid = false', () => {
    expect(certificate.uniqueIdentifier).toBe('HBJH-DCC-2023-S1150');
    const quantities = certificate.results.flatMap((result) => result.quantities);
    expect(quantities.map((quantity) => [quantity.value, quantity.unit, quantity.unitValid])).toEqual([
      [0.35, '/percent', false],
      [86.4, '\\kilowat\\hour', false],
      [220, '\\volt', true],
      [5, '\\ampre', false],
    ]);
    // The uncertainty is still normalised: U = 0.10, k = 2 → u = 0.05
    expect(quantities[0]?.standardUncertainty).toBeCloseTo(0.05, 12);
  });

  it('names the element path and the unit in each warning', () => {
    expect(warnings).toEqual([
      {
        path: `${RESULTS}/dcc:result[1]/dcc:data/dcc:quantity/si:real/si:unit`,
        message: expect.stringContaining("D-SI unit '/percent' is malformed"),
      },
      {
        path: `${RESULTS}/dcc:result[2]/dcc:data/dcc:quantity/si:real/si:unit`,
        message: expect.stringContaining(
          "'\\kilowat\\hour' is malformed: \\kilowat is not a D-SI unit or prefix (write the prefix separately: \\kilo\\watt)",
        ),
      },
      {
        path: `${RESULTS}/dcc:result[3]/dcc:data/dcc:quantity/si:realListXMLList/si:unitXMLList (entry 2)`,
        message: expect.stringContaining("'\\ampre' is malformed"),
      },
    ]);
  });

  it("accepts PTB's own /kilogram with a warning (singleweight example)", () => {
    const xml = readFixture('electricity-meter-3.2.xml').replace('<si:unit>\\kilo\\watt\\hour</si:unit>', '<si:unit>/kilogram</si:unit>');
    const parsed = parseDcc(xml);
    expect(parsed.certificate.results[2]?.quantities[0]).toMatchObject({ value: 1234.56, unit: '/kilogram', unitValid: false });
    expect(parsed.warnings).toEqual([
      { path: `${RESULTS}/dcc:result[3]/dcc:data/dcc:quantity/si:real/si:unit`, message: expect.stringContaining('/kilogram') },
    ]);
  });
});
