import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ACTOR, makeCreditCode } from '../../test/factories.ts';
import { listMigrations } from '../store/migrate.ts';
import { buildTestApp, login, type Session, type TestApp } from '../../test/test-app.ts';
import { buildWorld, type World } from '../../test/world.ts';

describe('HTTP API behaviour', () => {
  let t: TestApp;
  let world: World;
  let admin: Session;
  beforeAll(async () => {
    t = await buildTestApp();
    world = await buildWorld(t.services);
    admin = await login(t.app, world.users.province_admin.username);
  });
  afterAll(async () => t?.close());

  it('sets the session cookie HttpOnly and SameSite, and the CSRF cookie readable', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: world.users.viewer.username, password: 'Test-Passw0rd!' },
    });
    const session = response.cookies.find((c) => c.name === 'jl_session');
    const csrf = response.cookies.find((c) => c.name === 'jl_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf?.sameSite).toBe('Strict');
  });

  it('refuses a state change from a cookie session without the CSRF header', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: admin.cookie },
      payload: { name: 'x', organisationId: world.org.enterpriseXiangyang, permissions: ['sites:read'] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'CSRF_FAILED' });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'nope' },
      payload: {},
    });
    expect(wrong.json().code).toBe('CSRF_FAILED');
  });

  it('answers errors as {code, message, details} with the request id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'x-request-id': 'req-12345' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-request-id']).toBe('req-12345');
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', requestId: 'req-12345' });
    expect(response.json().message).toContain('/api/nothing-here');
  });

  it('refuses a malformed credit code naming the field and GB 32100, and stores nothing', async () => {
    const good = makeCreditCode('420607');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: admin.headers,
      payload: { kind: 'enterprise', name: '校验码错误公司', divisionCode: '420607', creditCode: bad },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details).toEqual([
      expect.objectContaining({ field: 'creditCode', message: expect.stringContaining('GB 32100-2015 §5: check character') }),
    ]);
    expect(body.message).toContain('校验码错误');
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/organisations?q=${encodeURIComponent('校验码错误公司')}`,
      headers: admin.headers,
    });
    expect(list.json().total).toBe(0);
  });

  it('refuses an enterprise without a credit code', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: admin.headers,
      payload: { kind: 'enterprise', name: '无代码公司', divisionCode: '420607' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0].field).toBe('creditCode');
  });

  it('refuses a weak password with the rule it breaks', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: {
        username: 'weak.user',
        displayName: '弱密码',
        password: 'abcdefghij',
        role: 'viewer',
        organisationId: world.org.enterpriseXiangyang,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'WEAK_PASSWORD',
      details: [{ field: 'password', rule: '3 of 4 classes: lower case, upper case, digit, symbol' }],
    });
  });

  it('accepts a live token and refuses a revoked one saying so', async () => {
    const { token, secret } = await t.services.tokens.createToken(TEST_ACTOR, ['sites:read'], {
      name: '网关一号',
      organisationId: world.org.enterpriseXiangyang,
      permissions: ['sites:read'],
    });
    const ok = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${world.org.enterpriseXiangyang}/sites`,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(ok.statusCode).toBe(200);
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${world.org.enterpriseWuhan}/sites`,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(elsewhere.statusCode).toBe(403);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/tokens/${token.id}`, headers: admin.headers });
    expect(revoke.json().revokedAt).not.toBeNull();
    const refused = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${world.org.enterpriseXiangyang}/sites`,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'AUTH_TOKEN_REVOKED' });
    expect(refused.json().message).toContain('网关一号');
    const garbage = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { authorization: 'Bearer jlt_nonsense' } });
    expect(garbage.json().code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('shows a token secret once: never in a list', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: admin.headers,
      payload: { name: 'once', organisationId: world.org.enterpriseWuhan, permissions: ['readings:write'] },
    });
    expect(created.statusCode).toBe(201);
    const secret = created.json().secret as string;
    expect(secret).toMatch(/^jlt_[0-9a-f]{12}_/);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/tokens?organisationId=${world.org.enterpriseWuhan}`,
      headers: admin.headers,
    });
    expect(list.body).not.toContain(secret.slice(-20));
  });

  it('switches the active membership of a person with several roles', async () => {
    await t.services.users.addMembership(TEST_ACTOR, world.users.institution_staff.id, 'expert', world.org.laboratory);
    const staff = await login(t.app, world.users.institution_staff.username);
    expect(staff.me.memberships).toHaveLength(2);
    expect(staff.me.permissions).toContain('tokens:manage');
    const expertMembership = staff.me.memberships.find((m) => m.role === 'expert');
    const switched = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/active-membership',
      headers: staff.headers,
      payload: { membershipId: expertMembership?.id },
    });
    expect(switched.json()).toMatchObject({
      activeMembershipId: expertMembership?.id,
      permissions: ['organisations:read', 'institutions:read', 'institutions:assess', 'instruments:read', 'energy:read'],
    });
    const tokens = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: staff.headers });
    expect(tokens.statusCode).toBe(403);
    const foreign = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/active-membership',
      headers: staff.headers,
      payload: { membershipId: admin.me.memberships[0]?.id },
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('ends the session at logout', async () => {
    const session = await login(t.app, world.users.viewer.username);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: session.headers })).statusCode).toBe(401);
  });

  it('sends security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toBeDefined();
  });

  it('reports health and readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({
      status: 'ready',
      store: 'pglite',
      migrations: listMigrations().length,
    });
  });

  it('verifies the audit chain over HTTP and names a broken entry', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
    expect(ok.json()).toMatchObject({ ok: true, firstBroken: null });
    const { sql } = await import('kysely');
    await sql`UPDATE audit_log SET entity_id = 'tampered' WHERE seq = 5`.execute(t.store.db);
    const broken = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: admin.headers });
    expect(broken.json()).toMatchObject({ ok: false, checked: 4, firstBroken: { seq: 5, reason: 'hash_mismatch' } });
  });

  it('serves the OpenAPI document, identical to the committed docs/openapi.json (run `npm run openapi`)', async () => {
    const served = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const committed = JSON.parse(readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(served).toEqual(committed);
  });
});

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ JILIANG_LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => t?.close());

  it('rate-limits login attempts per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const last = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } });
    expect(last.json().code).toBe('RATE_LIMITED');
  });
});
