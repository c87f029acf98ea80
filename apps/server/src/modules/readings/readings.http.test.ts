import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR, makeOrganisation, makeUser } from '../../../test/factories.ts';
import { buildTestApp, login, type Session, type TestApp } from '../../../test/test-app.ts';

/** The ingestion paths over HTTP (issue 5 §2): JSON, NDJSON and CSV with a machine token, files with a mapping, exports. */
describe('meter data over HTTP', () => {
  let t: TestApp;
  let enterpriseId: string;
  let pointId: string;
  let bearer: Record<string, string>;
  let session: Session;

  beforeAll(async () => {
    t = await buildTestApp();
    const enterprise = await makeOrganisation(t.services, { kind: 'enterprise' });
    enterpriseId = enterprise.id;
    pointId = (
      await t.services.points.createPoint(TEST_ACTOR, enterpriseId, {
        code: 'W-1',
        name: '总水表',
        medium: 'water',
        registerKind: 'interval',
        unit: 'm3',
      })
    ).id;
    await t.services.points.createPoint(TEST_ACTOR, enterpriseId, {
      code: 'W-2',
      name: '车间水表',
      medium: 'water',
      registerKind: 'interval',
      unit: 'm3',
    });
    const { secret } = await t.services.tokens.createToken(TEST_ACTOR, ['readings:write'], {
      name: 'gw',
      organisationId: enterpriseId,
      permissions: ['readings:write'],
    });
    bearer = { authorization: `Bearer ${secret}` };
    session = await login(t.app, (await makeUser(t.services, 'enterprise_user', enterpriseId)).username);
  });
  afterAll(async () => t?.close());

  const upload = (type: string, payload: string | Buffer, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/organisations/${enterpriseId}/readings${query}`,
      headers: { ...bearer, 'content-type': type },
      payload,
    });

  it('JSON, NDJSON and CSV bodies from a gateway token; a bad NDJSON line is a rejected row, not a failed batch', async () => {
    const json = await upload(
      'application/json',
      JSON.stringify({ rows: [{ point: 'W-1', ts: '2025-05-01T08:15:00+08:00', value: 1.5 }] }),
    );
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ accepted: 1, rejected: [] });
    const ndjson = await upload(
      'application/x-ndjson',
      [
        '{"point":"W-1","ts":"2025-05-01T08:30:00+08:00","value":2}',
        '{oops',
        '{"point":"W-2","ts":"2025-05-01 08:30","value":"0.75"}',
      ].join('\n'),
    );
    expect(ndjson.json()).toMatchObject({ rows: 3, accepted: 2, rejected: [{ row: 2, field: 'line' }] });
    const csv = await upload('text/csv', 'point,ts,value\nW-1,2025-05-01 08:45,2.5\nW-1,2025-05-01 08:45,2.5\nW-2,2025-05-01 08:45,x\n');
    expect(csv.json()).toMatchObject({ rows: 3, accepted: 1, duplicate: 1, rejected: [{ row: 3, field: 'value' }] });
    const wrongType = await upload('application/xml', '<x/>');
    expect(wrongType.statusCode).toBe(415);
  });

  it('a token of another enterprise is refused', async () => {
    const other = await makeOrganisation(t.services, { kind: 'enterprise' });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${other.id}/readings`,
      headers: { ...bearer, 'content-type': 'application/json' },
      payload: { rows: [] },
    });
    expect(response.statusCode).toBe(403);
  });

  it('an XLSX in the wide layout with a column mapping: preview writes nothing, then the upload writes the rows', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('数据').addRows([
      ['时间', 'W-1', 'W-2'],
      ['2025-05-02 00:15', 1, 0.5],
      ['2025-05-02 00:30', 1.25, ''],
      ['2025-05-02 00:45', 'n/a', 0.5],
    ]);
    const content = Buffer.from(await book.xlsx.writeBuffer());
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const preview = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${enterpriseId}/readings/file?layout=wide&ts=${encodeURIComponent('时间')}&preview=true`,
      headers: { ...session.headers, 'content-type': xlsx },
      payload: content,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ rows: 5, valid: 4, rejected: [{ row: 4, field: 'value' }] });
    const before = await t.services.quarantine.summary(enterpriseId);
    const upload2 = await t.app.inject({
      method: 'POST',
      url: `/api/organisations/${enterpriseId}/readings/file?layout=wide&ts=${encodeURIComponent('时间')}&filename=may.xlsx`,
      headers: { ...session.headers, 'content-type': xlsx },
      payload: content,
    });
    expect(upload2.json()).toMatchObject({ accepted: 4, rejected: [{ row: 4, field: 'value' }] });
    expect((await t.services.quarantine.summary(enterpriseId)).batches).toBe(before.batches + 1);
  });

  it('series by enterprise and medium at hour resolution, and the same as streamed CSV and XLSX', async () => {
    const q = `from=${encodeURIComponent('2025-05-01T00:00:00+08:00')}&to=${encodeURIComponent('2025-05-03T00:00:00+08:00')}&enterpriseId=${enterpriseId}&medium=water`;
    const day = await t.app.inject({ method: 'GET', url: `/api/series?${q}&resolution=day`, headers: session.headers });
    expect(day.statusCode, day.body).toBe(200);
    // 1 May: 1.5 + 2 + 0.75 + 2.5 = 6.75 m³; 2 May: 1 + 0.5 + 1.25 + 0.5 = 3.25 m³.
    expect(day.json().buckets.map((b: { bucket: string; consumption: number }) => [b.bucket, b.consumption])).toEqual([
      ['2025-05-01', 6.75],
      ['2025-05-02', 3.25],
    ]);
    const csv = await t.app.inject({ method: 'GET', url: `/api/series/export?${q}&resolution=day&format=csv`, headers: session.headers });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('2025-05-01,6.75,');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/series/export?${q}&resolution=hour&format=xlsx`,
      headers: session.headers,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(3); // the header, 1 May 08:00–09:00 and 2 May 00:00–01:00
    // A power point of the same medium is left out of a sum over the enterprise: kW is not added to m³ or kWh.
    await t.services.points.createPoint(TEST_ACTOR, enterpriseId, {
      code: 'W-P',
      name: '水泵功率',
      medium: 'water',
      registerKind: 'instantaneous',
      unit: 'kW',
    });
    const still = await t.app.inject({ method: 'GET', url: `/api/series?${q}&resolution=day`, headers: session.headers });
    expect(still.json().points.map((p: { code: string }) => p.code)).toEqual(['W-1', 'W-2']);
    const raw = await t.app.inject({ method: 'GET', url: `/api/series?${q}&resolution=raw`, headers: session.headers });
    expect(raw.statusCode).toBe(400);
    const onePoint = await t.app.inject({
      method: 'GET',
      url: `/api/series?from=${encodeURIComponent('2025-05-01T00:00:00+08:00')}&to=${encodeURIComponent('2025-05-02T00:00:00+08:00')}&pointId=${pointId}&resolution=raw`,
      headers: session.headers,
    });
    expect(onePoint.json().buckets).toHaveLength(3);
  });
});
