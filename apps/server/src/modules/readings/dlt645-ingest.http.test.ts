import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR, makeOrganisation } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';

// STANDARDS.md §4.1 example replies 0x91 from meter 398192000337, DI 00010000: 000000.04 and 000000.07 kWh.
const REPLY_004 = '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8C 16';
const REPLY_007 = '68 37 03 00 92 81 39 68 91 08 33 33 34 33 3A 33 33 33 8F 16';
// The first reply with its checksum changed from 0x8C to 0x8D.
const BAD_CHECKSUM = '68 37 03 00 92 81 39 68 91 08 33 33 34 33 37 33 33 33 8D 16';
// Meter 000000000001, same reply: CS = (0x68+0x01+0x68+0x91+0x08+3×0x33+0x34+0x37+3×0x33) mod 256 = 775 mod 256 = 0x07.
const UNMAPPED_METER = '68 01 00 00 00 00 00 68 91 08 33 33 34 33 37 33 33 33 07 16';

/** The DL/T 645-2007 gateway path over HTTP (issue 5 §2): frames → decode → point by (address, DI) → the pipeline. */
describe('DL/T 645-2007 gateway frames over HTTP', () => {
  let t: TestApp;
  let enterpriseId: string;
  let pointId: string;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    t = await buildTestApp();
    enterpriseId = (await makeOrganisation(t.services, { kind: 'enterprise' })).id;
    pointId = (
      await t.services.points.createPoint(TEST_ACTOR, enterpriseId, {
        code: 'E-1',
        name: '进线总表',
        medium: 'electricity',
        registerKind: 'cumulative',
        unit: 'kWh',
        rolloverValue: 999999.99,
        dlt645Address: '398192000337',
        dlt645DataId: '00010000',
      })
    ).id;
    const { secret } = await t.services.tokens.createToken(TEST_ACTOR, ['readings:write'], {
      name: 'dlt645-gw',
      organisationId: enterpriseId,
      permissions: ['readings:write'],
    });
    bearer = { authorization: `Bearer ${secret}` };
  });
  afterAll(async () => t?.close());

  const post = (payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: `/api/organisations/${enterpriseId}/readings/dlt645`,
      headers: bearer,
      payload: payload as object,
    });

  it('DL/T 645-2007 replies 0x91 DI 00010000 land on the mapped point (000000.04 kWh → 0.04); bad checksum and unmapped address are rejected rows', async () => {
    const frames = [
      { hex: REPLY_004, receivedAt: '2025-06-01T08:15:00+08:00' },
      { hex: REPLY_007, receivedAt: '2025-06-01T08:30:00+08:00' },
      { hex: BAD_CHECKSUM, receivedAt: '2025-06-01T08:45:00+08:00' },
      { hex: UNMAPPED_METER, receivedAt: '2025-06-01T08:45:00+08:00' },
    ];
    const response = await post({ frames });
    expect(response.statusCode, response.body).toBe(200);
    const receipt = response.json();
    expect(receipt).toMatchObject({ rows: 4, accepted: 2, duplicate: 0, revised: 0 });
    expect(receipt.rejected.map((r: { row: number; field: string }) => [r.row, r.field])).toEqual([
      [3, 'hex'],
      [4, 'address'],
    ]);
    // Bytes 0..17 of the frame sum to 0x8C (mod 256), as in the original reply; the frame says 0x8D at byte 18.
    expect(receipt.rejected[0].reason).toContain('DL/T 645-2007 frame: checksum 0x8D at byte 18 does not match the computed 0x8C');
    expect(receipt.rejected[1].reason).toContain('000000000001');
    expect(receipt.rejected[1].reason).toContain('00010000');

    const stored = await t.store.db.selectFrom('readings').select(['ts', 'value']).where('pointId', '=', pointId).orderBy('ts').execute();
    // BCD 04 00 00 00 low byte first = 00000004, two implied decimals = 0.04 kWh; 07 → 0.07 kWh.
    expect(stored.map((r) => [r.ts.toISOString(), r.value])).toEqual([
      ['2025-06-01T00:15:00.000Z', 0.04],
      ['2025-06-01T00:30:00.000Z', 0.07],
    ]);
    const quarantine = await t.services.quarantine.listRows(enterpriseId, 'open');
    expect(quarantine.map((q) => (q.raw as { hex: string }).hex).sort()).toEqual([BAD_CHECKSUM, UNMAPPED_METER].sort());
    const [batch] = await t.services.quarantine.listBatches(enterpriseId, 1);
    expect(batch).toMatchObject({ source: 'dlt645', accepted: 2, rejected: 2, actorLabel: 'token:dlt645-gw' });
  });

  it('DL/T 645-2007 frames sent twice change nothing (idempotent by point and time)', async () => {
    const response = await post({ frames: [{ hex: REPLY_004, receivedAt: '2025-06-01T08:15:00+08:00' }] });
    expect(response.json()).toMatchObject({ rows: 1, accepted: 0, duplicate: 1, rejected: [] });
  });

  it('a body without frames is refused naming the field', async () => {
    const response = await post({ frames: [] });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('frames');
  });
});
