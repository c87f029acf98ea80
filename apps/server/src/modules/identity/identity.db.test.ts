import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ACTOR, TEST_PASSWORD, fixedClock, makeOrganisation, makeServices, makeUser } from '../../../test/factories.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';

describe.skipIf(!isTestStoreAvailable())(`identity on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  let clock: ReturnType<typeof fixedClock>;
  beforeEach(async () => {
    store = await openTestStore();
    clock = fixedClock();
    services = makeServices(store, clock);
  });
  afterEach(async () => store?.close());

  it('creates the Province and Hubei’s 17 local bureaus once, with their GB/T 2260 codes', async () => {
    const first = await services.organisations.ensureBureaus(TEST_ACTOR);
    const second = await services.organisations.ensureBureaus(TEST_ACTOR);
    expect(second).toEqual(first);
    expect(Object.keys(first.bureauIds)).toHaveLength(17);
    const shennongjia = await services.organisations.getOrganisation(first.bureauIds['429021'] ?? '');
    expect(shennongjia).toMatchObject({
      kind: 'local_bureau',
      name: '神农架林区市场监督管理局',
      regionCode: '429021',
      parentId: first.provinceId,
    });
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const org = await makeOrganisation(services);
    const user = await makeUser(services, 'enterprise_user', org.id);
    const row = await store.db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it('refuses a weak password naming the field and the rule, and stores nothing', async () => {
    const org = await makeOrganisation(services);
    await expect(
      services.users.createUser(TEST_ACTOR, {
        username: 'weakling',
        displayName: 'w',
        password: 'short',
        locale: 'zh-CN',
        role: 'enterprise_user',
        organisationId: org.id,
      }),
    ).rejects.toMatchObject({ code: 'WEAK_PASSWORD', details: [{ field: 'password', rule: 'length >= 10' }] });
    expect(await store.db.selectFrom('users').select('id').where('username', '=', 'weakling').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a role that does not fit the organisation', async () => {
    const org = await makeOrganisation(services, { kind: 'enterprise' });
    await expect(makeUser(services, 'local_officer', org.id)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'role' }],
    });
  });

  it('refuses a second organisation with the same credit code, keeping the first', async () => {
    const first = await makeOrganisation(services);
    await expect(makeOrganisation(services, { creditCode: first.creditCode ?? '' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await services.organisations.getOrganisation(first.id)).name).toBe(first.name);
  });

  it('locks an account after 5 wrong passwords for 15 minutes, then lets it in again', async () => {
    const org = await makeOrganisation(services);
    const user = await makeUser(services, 'enterprise_user', org.id, 'lockme');
    for (let i = 1; i <= 4; i++) {
      await expect(services.auth.login('lockme', 'wrong-password', { ip: '127.0.0.1' })).rejects.toMatchObject({
        code: 'AUTH_INVALID_CREDENTIALS',
        details: { remainingAttempts: 5 - i },
      });
    }
    await expect(services.auth.login('lockme', 'wrong-password', { ip: '127.0.0.1' })).rejects.toMatchObject({ code: 'AUTH_LOCKED' });
    // Even the right password is refused while locked.
    await expect(services.auth.login('lockme', TEST_PASSWORD, { ip: '127.0.0.1' })).rejects.toMatchObject({ code: 'AUTH_LOCKED' });
    clock.advanceMinutes(16);
    const session = await services.auth.login('lockme', TEST_PASSWORD, { ip: '127.0.0.1' });
    expect(session.me.user.id).toBe(user.id);
    const lock = await store.db.selectFrom('auditLog').select('action').where('action', '=', 'user.lock').executeTakeFirst();
    expect(lock).toBeDefined();
  });

  it('expires sessions and resolves only live ones', async () => {
    const org = await makeOrganisation(services);
    await makeUser(services, 'enterprise_user', org.id, 'sessionuser');
    const { sessionToken } = await services.auth.login('sessionuser', TEST_PASSWORD, { ip: '127.0.0.1' });
    expect(await services.auth.resolveSession(sessionToken)).toBeDefined();
    expect(await services.auth.resolveSession(sessionToken + 'x')).toBeUndefined();
    clock.advanceMinutes(12 * 60 + 1);
    expect(await services.auth.resolveSession(sessionToken)).toBeUndefined();
  });

  it('issues a token once, stores only its hash, and refuses it after revocation', async () => {
    const org = await makeOrganisation(services);
    const { token, secret } = await services.tokens.createToken(TEST_ACTOR, ['sites:read', 'readings:write'], {
      name: 'gateway 1',
      organisationId: org.id,
      permissions: ['readings:write'],
    });
    const row = await store.db.selectFrom('apiTokens').selectAll().where('id', '=', token.id).executeTakeFirstOrThrow();
    expect(row.secretHash).not.toContain(secret.slice(-20));
    expect(await services.tokens.resolveToken(secret)).toMatchObject({
      kind: 'token',
      organisationId: org.id,
      permissions: ['readings:write'],
    });
    await services.tokens.revokeToken(TEST_ACTOR, token.id);
    await expect(services.tokens.resolveToken(secret)).rejects.toMatchObject({ code: 'AUTH_TOKEN_REVOKED' });
  });

  it('refuses a token with more permissions than its creator', async () => {
    const org = await makeOrganisation(services);
    await expect(
      services.tokens.createToken(TEST_ACTOR, ['sites:read'], { name: 't', organisationId: org.id, permissions: ['readings:write'] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      services.tokens.createToken(TEST_ACTOR, ['users:write'], { name: 't', organisationId: org.id, permissions: ['users:write'] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
