import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DccError, type DccErrorCode } from './dcc-error.ts';
import { parseDcc } from './parse-dcc.ts';

const readFixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const valid = readFixture('electricity-meter-3.2.xml');
const flow = readFixture('flow-meter-3.3.xml');

const ROOT = '/dcc:digitalCalibrationCertificate';
const CORE = `${ROOT}/dcc:administrativeData/dcc:coreData`;
const LIST = `${ROOT}/dcc:measurementResults/dcc:measurementResult/dcc:results/dcc:result[1]/dcc:data/dcc:list`;

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
function edit(xml: string, from: string, to: string): string {
  expect(xml.split(from)).toHaveLength(2);
  return xml.replace(from, to);
}

function errorOf(xml: string): DccError {
  try {
    parseDcc(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(DccError);
    return error as DccError;
  }
  throw new Error('expected a DccError, but the DCC was accepted');
}

function expectRefusal(xml: string, code: DccErrorCode, path: string, text: string): void {
  const error = errorOf(xml);
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  expect(error.message).toContain(text);
  expect(error.message).toContain(`[PTB DCC v3.x, at ${path}]`);
}

describe('parseDcc refuses invalid files with a DccError naming code and path (PTB DCC v3.x)', () => {
  it('DCC_NOT_XML: plain text, an empty file, a truncated upload', () => {
    expectRefusal('校准证书 HBJH-2024-E0317', 'DCC_NOT_XML', '/', 'not well-formed XML');
    expectRefusal('', 'DCC_NOT_XML', '/', 'not well-formed XML');
    expectRefusal(valid.slice(0, 4000), 'DCC_NOT_XML', '/', 'line');
    expectRefusal('<a><b></a>', 'DCC_NOT_XML', '/', "Expected closing tag 'b'");
  });

  it('DCC_NOT_XML: an element name the XML parser refuses for safety', () => {
    expectRefusal(
      `<dcc:digitalCalibrationCertificate schemaVersion="3.2.0"><__proto__/></dcc:digitalCalibrationCertificate>`,
      'DCC_NOT_XML',
      '/',
      'not readable XML',
    );
  });

  it('DCC_WRONG_ROOT: well-formed XML that is not a DCC', () => {
    expectRefusal('<?xml version="1.0"?><report><number>1</number></report>', 'DCC_WRONG_ROOT', '/report', "root element is 'report'");
  });

  it('DCC_MISSING_FIELD: an empty dcc:uniqueIdentifier (invalid fixture)', () => {
    expectRefusal(
      readFixture('invalid-missing-identifier-3.2.xml'),
      'DCC_MISSING_FIELD',
      `${CORE}/dcc:uniqueIdentifier`,
      'certificate number',
    );
  });

  it('DCC_MISSING_FIELD: no beginPerformanceDate, no calibrationLaboratory, no schemaVersion', () => {
    const noBegin = edit(valid, '<dcc:beginPerformanceDate>2024-05-08</dcc:beginPerformanceDate>', '');
    expectRefusal(noBegin, 'DCC_MISSING_FIELD', `${CORE}/dcc:beginPerformanceDate`, 'dcc:beginPerformanceDate');
    const noLab = valid.replace(/<dcc:calibrationLaboratory>[\s\S]*<\/dcc:calibrationLaboratory>/, '');
    expectRefusal(noLab, 'DCC_MISSING_FIELD', `${ROOT}/dcc:administrativeData/dcc:calibrationLaboratory`, 'calibration laboratory');
    expectRefusal(edit(valid, 'schemaVersion="3.2.0"', ''), 'DCC_MISSING_FIELD', `${ROOT}/@schemaVersion`, 'schemaVersion');
  });

  it('DCC_UNSUPPORTED_VERSION: a DCC 2.x or 4.x schemaVersion', () => {
    expectRefusal(
      edit(valid, 'schemaVersion="3.2.0"', 'schemaVersion="2.4.0"'),
      'DCC_UNSUPPORTED_VERSION',
      `${ROOT}/@schemaVersion`,
      'reads DCC 3.x',
    );
    expectRefusal(
      edit(valid, 'schemaVersion="3.2.0"', 'schemaVersion="4.0.0"'),
      'DCC_UNSUPPORTED_VERSION',
      `${ROOT}/@schemaVersion`,
      '4.0.0',
    );
    expectRefusal(edit(valid, 'schemaVersion="3.2.0"', 'schemaVersion="v3"'), 'DCC_BAD_VALUE', `${ROOT}/@schemaVersion`, 'like 3.2.1');
  });

  it('DCC_BAD_VALUE: a non-numeric si:value (decimal comma) names the path', () => {
    const xml = edit(valid, '<si:value>-0.12</si:value>', '<si:value>-0,12</si:value>');
    expectRefusal(xml, 'DCC_BAD_VALUE', `${LIST}/dcc:quantity[1]/si:real/si:value`, "'-0,12' is not a D-SI decimal number");
  });

  it('DCC_BAD_VALUE: impossible dates and a calibration that ends before it begins', () => {
    const feb30 = edit(valid, '<dcc:issueDate>2024-05-10</dcc:issueDate>', '<dcc:issueDate>2024-02-30</dcc:issueDate>');
    expectRefusal(feb30, 'DCC_BAD_VALUE', `${CORE}/dcc:issueDate`, "'2024-02-30' is not a calendar date");
    const slashes = edit(valid, '2024-05-08</dcc:beginPerformanceDate>', '2024/05/08</dcc:beginPerformanceDate>');
    expectRefusal(slashes, 'DCC_BAD_VALUE', `${CORE}/dcc:beginPerformanceDate`, 'xs:date');
    const backwards = edit(valid, '2024-05-09</dcc:endPerformanceDate>', '2024-05-07</dcc:endPerformanceDate>');
    expectRefusal(backwards, 'DCC_BAD_VALUE', `${CORE}/dcc:endPerformanceDate`, 'ends (2024-05-07) before it begins (2024-05-08)');
  });

  it('DCC_BAD_VALUE: a coverage probability given in percent, a zero coverage factor, a negative U', () => {
    const first = `${LIST}/dcc:quantity[1]/si:real/si:expandedUnc`;
    const percent = edit(valid, '<si:distribution>normal</si:distribution>', '');
    expectRefusal(
      percent.replace('<si:coverageProbability>0.95<', '<si:coverageProbability>95<'),
      'DCC_BAD_VALUE',
      first,
      'p = 95 must lie between 0 and 1',
    );
    expectRefusal(valid.replace('<si:coverageFactor>2<', '<si:coverageFactor>0<'), 'DCC_BAD_VALUE', first, 'k = 0 must be greater than 0');
    expectRefusal(valid.replace('<si:uncertainty>0.05<', '<si:uncertainty>-0.05<'), 'DCC_BAD_VALUE', first, 'U = -0.05 is negative');
  });

  it('DCC_MISSING_FIELD: an si:expandedUnc without its coverage factor', () => {
    const xml = valid.replace('<si:coverageFactor>2</si:coverageFactor>', '');
    expectRefusal(
      xml,
      'DCC_MISSING_FIELD',
      `${LIST}/dcc:quantity[1]/si:real/si:expandedUnc/si:coverageFactor`,
      'si:coverageFactor is required',
    );
  });

  it('DCC_BAD_VALUE: an si:realListXMLList whose uncertainty list is neither one entry nor one per value (D-SI XMLList)', () => {
    const xml = edit(flow, '0.005 0.025 0.05', '0.005 0.025');
    const path = `${LIST}/dcc:quantity[1]/si:realListXMLList/si:measurementUncertaintyUnivariateXMLList/si:expandedMUXMLList/si:valueExpandedMUXMLList`;
    expectRefusal(xml, 'DCC_BAD_VALUE', path, 'has 2 entries for 3 values');
    const badEntry = edit(flow, '<ns1:valueXMLList>10 50 100</ns1:valueXMLList>', '<ns1:valueXMLList>10 fifty 100</ns1:valueXMLList>');
    expectRefusal(badEntry, 'DCC_BAD_VALUE', `${LIST}/dcc:quantity[1]/si:realListXMLList/si:valueXMLList (entry 2)`, "'fifty'");
  });

  it('DCC_MISSING_FIELD: an si:measurementUncertaintyUnivariate with none of expandedMU, standardMU, coverageIntervalMU (D-SI 2.x)', () => {
    const xml = flow.replace(/<ns1:standardMU>[\s\S]*<\/ns1:standardMU>/, '');
    const error = errorOf(xml);
    expect(error.code).toBe('DCC_MISSING_FIELD');
    expect(error.path).toMatch(/dcc:result\[3\]\/dcc:data\/dcc:quantity\/si:real\/si:measurementUncertaintyUnivariate\/si:expandedMU$/);
  });
});
