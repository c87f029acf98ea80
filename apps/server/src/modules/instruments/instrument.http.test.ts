import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR, makeUser } from '../../../test/factories.ts';
import { buildChain, meterInput } from '../../../test/instrument-world.ts';
import { buildTestApp, login, type Session, type TestApp } from '../../../test/test-app.ts';
import { REGISTER_COLUMNS } from './register-sheet.ts';

const FIXTURES = join(import.meta.dirname, '../../../../../packages/protocols/src/dcc/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Files through the real routes: PTB DCC XML and the Excel register, as an enterprise user sends them (issue 4). */
describe('instrument files over HTTP', () => {
  let t: TestApp;
  let session: Session;
  let chain: Awaited<ReturnType<typeof buildChain>>;
  let meterId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    chain = await buildChain(t.services);
    const user = await makeUser(t.services, 'enterprise_user', chain.enterprise.id);
    session = await login(t.app, user.username);
    // The fixture's meter: serial 4201230045871; its reference standard is registered by its serial JC-2019-0451.
    const meter = await t.services.instruments.createInstrument(
      TEST_ACTOR,
      chain.enterprise.id,
      meterInput({ serialNumber: '4201230045871' }),
    );
    meterId = meter.id;
    await t.services.standards.createStandard(TEST_ACTOR, {
      ownerId: chain.centre.id,
      name: '三相电能表检定装置',
      code: 'JC-2019-0451',
      level: 'working',
      measurand: '电能',
    });
  });
  afterAll(async () => t?.close());

  const post = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: session.headers, payload: payload as object });

  it('PTB DCC v3.2: imports the certificate with U, k and u = U/k, links the registered standard, keeps the XML', async () => {
    const response = await post(`/api/instruments/${meterId}/dcc`, { xml: fixture('electricity-meter-3.2.xml'), filename: 'E0317.xml' });
    expect(response.statusCode, response.body).toBe(201);
    const { certificate, warnings } = response.json();
    expect(certificate).toMatchObject({ number: 'HBJH-DCC-2024-E0317', source: 'dcc', kind: 'verification', conclusion: 'pass' });
    expect(certificate.results.length).toBeGreaterThan(0);
    expect(certificate.results[0]).toMatchObject({ unitValid: true, coverageFactor: 2 });
    expect(certificate.referenceStandards.map((s: { code: string }) => s.code)).toEqual(['JC-2019-0451']);
    // The second reference standard is not registered: a warning names it, the chain will show the gap.
    expect(warnings.some((w: { message: string }) => w.message.includes('未在平台登记'))).toBe(true);
    const attachment = certificate.attachments[0];
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/certificates/${certificate.id}/attachments/${attachment.id}`,
      headers: session.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain('HBJH-DCC-2024-E0317');
    const pdf = Buffer.from('%PDF-1.4\n% a scanned certificate\n');
    const attached = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${certificate.id}/attachments?filename=${encodeURIComponent('扫描件.pdf')}`,
      headers: { ...session.headers, 'content-type': 'application/pdf' },
      payload: pdf,
    });
    expect(attached.statusCode, attached.body).toBe(201);
    expect(attached.json().attachments.map((a: { filename: string }) => a.filename)).toEqual(['E0317.xml', '扫描件.pdf']);
    const exe = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${certificate.id}/attachments?filename=x.exe`,
      headers: { ...session.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('MZ'),
    });
    expect(exe.statusCode).toBe(400);
    const again = await post(`/api/instruments/${meterId}/dcc`, { xml: fixture('electricity-meter-3.2.xml'), filename: 'E0317.xml' });
    expect(again.statusCode).toBe(409);
  });

  it('PTB DCC with malformed D-SI units: imported, each unit a warning, not a failure', async () => {
    const other = await t.services.instruments.createInstrument(TEST_ACTOR, chain.enterprise.id, meterInput({ serialNumber: null }));
    const response = await post(`/api/instruments/${other.id}/dcc`, { xml: fixture('malformed-unit-3.1.xml'), filename: 'bad-units.xml' });
    expect(response.statusCode, response.body).toBe(201);
    const { certificate, warnings } = response.json();
    expect(certificate.results.some((r: { unitValid: boolean }) => !r.unitValid)).toBe(true);
    expect(warnings.filter((w: { message: string }) => /unit|单位/i.test(w.message)).length).toBeGreaterThan(0);
  });

  it('an invalid DCC is refused with the element path, and nothing is stored', async () => {
    const other = await t.services.instruments.createInstrument(TEST_ACTOR, chain.enterprise.id, meterInput());
    const response = await post(`/api/instruments/${other.id}/dcc`, {
      xml: fixture('invalid-missing-identifier-3.2.xml'),
      filename: 'x.xml',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ rule: expect.stringContaining('DCC_MISSING_FIELD') })],
    });
    expect(response.json().details[0].field).toContain('uniqueIdentifier');
    const notXml = await post(`/api/instruments/${other.id}/dcc`, { xml: 'this is not xml', filename: 'x.xml' });
    expect(notXml.statusCode).toBe(400);
    expect((await t.services.certificates.listCertificates({ instrumentId: other.id })).length).toBe(0);
  });

  it('a DCC of another instrument (serial number) is refused', async () => {
    const other = await t.services.instruments.createInstrument(
      TEST_ACTOR,
      chain.enterprise.id,
      meterInput({ serialNumber: 'NOT-THIS-ONE' }),
    );
    const response = await post(`/api/instruments/${other.id}/dcc`, { xml: fixture('electricity-meter-3.2.xml'), filename: 'x.xml' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('4201230045871');
  });

  it('the register upload: the workbook as the body, a report per row, and the export re-imports unchanged', async () => {
    const header = REGISTER_COLUMNS.map((c) => c.header);
    const workbook = new ExcelJS.Workbook();
    const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '');
    workbook
      .addWorksheet('台账')
      .addRows([
        header,
        row({ 管理编号: 'H-1', 器具名称: '天然气总表', 器具类别: '气体流量计', 能源种类: '天然气', 配备级别: '一级' }),
        row({ 管理编号: 'H-2', 器具名称: '蒸汽表', 器具类别: '蒸汽流量计', 能源种类: '蒸气', 配备级别: '二级' }),
      ]);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${chain.enterprise.id}/instruments/import`,
      headers: { ...session.headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ rows: 2, created: 1, rejected: [{ row: 3, code: 'H-2', issues: [{ field: '能源种类' }] }] });
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${chain.enterprise.id}/instruments.xlsx`,
      headers: session.headers,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const codes = book.worksheets[0]!.getColumn(2).values.slice(3);
    expect(codes).toContain('H-1');
    const json = await post(`/api/organisations/${chain.enterprise.id}/instruments/import`, { not: 'a workbook' });
    expect(json.statusCode).toBe(400);
    expect(json.json().details[0].field).toBe('body');
  });
});
