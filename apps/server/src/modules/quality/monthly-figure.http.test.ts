import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR, makeOrganisation, makeUser } from '../../../test/factories.ts';
import { buildTestApp, login, type Session, type TestApp } from '../../../test/test-app.ts';

/**
 * 月报数据 through the real routes (issue 6, rule 9): POST and GET /api/organisations/:id/quality/monthly-figures.
 * Entering needs 'readings:write' in the enterprise's scope, reading 'sites:read'; errors name the field and rule.
 */
describe('monthly figures over HTTP (issue 6, rule 9)', () => {
  let t: TestApp;
  let own: string;
  let other: string;
  let ownUser: Session;
  let otherUser: Session;
  let otherPoint: string;
  const url = (org: string) => `/api/organisations/${org}/quality/monthly-figures`;
  const post = (session: Session, org: string, payload: object) =>
    t.app.inject({ method: 'POST', url: url(org), headers: session.headers, payload });

  beforeAll(async () => {
    t = await buildTestApp();
    own = (await makeOrganisation(t.services, { kind: 'enterprise' })).id;
    other = (await makeOrganisation(t.services, { kind: 'enterprise' })).id;
    const point = (org: string, code: string, registerKind: 'cumulative' | 'instantaneous') =>
      t.services.points.createPoint(TEST_ACTOR, org, {
        code,
        name: code,
        medium: 'electricity',
        registerKind,
        unit: registerKind === 'cumulative' ? 'kWh' : 'kW',
        ...(registerKind === 'cumulative' ? { rolloverValue: 999999.99 } : {}),
      });
    await point(own, 'EL-1', 'cumulative');
    await point(own, 'KW-1', 'instantaneous');
    otherPoint = (await point(other, 'EL-9', 'cumulative')).id;
    ownUser = await login(t.app, (await makeUser(t.services, 'enterprise_user', own)).username);
    otherUser = await login(t.app, (await makeUser(t.services, 'enterprise_user', other)).username);
  }, 60_000);
  afterAll(async () => t?.close());

  const figure = { pointCode: 'EL-1', month: '2025-06', value: 3000, source: 'bill', evidence: '国网电费结算单 2025-06' };

  it('201: stores a figure by point code; a replacement with a reason supersedes it, and GET lists both', async () => {
    const first = await post(ownUser, own, figure);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      pointCode: 'EL-1',
      month: '2025-06',
      value: 3000,
      unit: 'kWh',
      source: 'bill',
      supersededBy: null,
    });
    const second = await post(ownUser, own, { ...figure, value: 3100, reason: '账单更正' });
    expect(second.statusCode, second.body).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: `${url(own)}?month=2025-06`, headers: ownUser.headers });
    expect(list.statusCode).toBe(200);
    expect(
      list.json().map((f: { value: number; supersededBy: string | null; reason: string | null }) => [f.value, f.supersededBy, f.reason]),
    ).toEqual([
      [3100, null, '账单更正'],
      [3000, second.json().id, null],
    ]);
  });

  it('400 naming the field and rule: a negative value, a bad month, a missing reason, a point of another enterprise', async () => {
    const issue = async (payload: object) => {
      const response = await post(ownUser, own, payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
      return response.json().details[0] as { field: string; rule: string; message: string };
    };
    expect(await issue({ ...figure, month: '2025-07', value: -1 })).toMatchObject({
      field: 'value',
      message: expect.stringContaining('value ≥ 0'),
    });
    expect(await issue({ ...figure, month: '2025-6' })).toMatchObject({ field: 'month', message: expect.stringContaining('YYYY-MM') });
    expect(await issue({ ...figure, month: '2025-05', pointId: otherPoint, pointCode: undefined })).toMatchObject({
      field: 'pointId',
      rule: 'a point of this enterprise',
    });
    expect(await issue({ ...figure, pointCode: 'KW-1' })).toMatchObject({
      field: 'pointCode',
      rule: expect.stringContaining('a counting point'),
    });
    expect(await issue({ ...figure, month: '2099-01' })).toMatchObject({
      field: 'month',
      rule: 'not after the current month (Asia/Shanghai)',
    });
    // 2025-06 has a current figure (the test above): replacing it needs a reason.
    expect(await issue({ ...figure, value: 1 })).toMatchObject({ field: 'reason' });
  });

  it('403: another enterprise’s user can neither enter nor read the figures', async () => {
    const refused = await post(otherUser, own, { ...figure, month: '2025-04' });
    expect(refused.statusCode).toBe(403);
    const read = await t.app.inject({ method: 'GET', url: url(own), headers: otherUser.headers });
    expect(read.statusCode).toBe(403);
    const mine = await t.app.inject({ method: 'GET', url: url(other), headers: otherUser.headers });
    expect(mine.json()).toEqual([]);
  });
});
