import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, makeOrganisation, makeServices, makeUser } from '../../../test/factories.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Store } from '../../store/store.ts';
import { computeAuditHash } from './audit-hash.ts';
import { verifyAuditChain } from './audit.service.ts';

describe.skipIf(!isTestStoreAvailable())(`hash-chained audit on ${testStoreKind()}`, () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
    const services = makeServices(store, fixedClock());
    const org = await makeOrganisation(services);
    await makeUser(services, 'enterprise_user', org.id);
    await services.organisations.createSite({ userId: null, tokenId: null, label: 't' }, org.id, { level: 'site', name: '一厂' });
  });
  afterEach(async () => store?.close());

  const entryCount = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(store.db)).rows[0]?.n ?? 0;

  it('records every change with actor, organisation, digests and a linked hash', async () => {
    const rows = await store.db.selectFrom('auditLog').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.action)).toEqual(['organisation.create', 'user.create', 'site.create']);
    expect(rows[1]?.prevHash).toBe(rows[0]?.hash);
    expect(rows[0]?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.beforeDigest).toBeNull();
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, checked: 3, firstBroken: null });
  });

  it('names the entry whose contents were changed behind the application’s back', async () => {
    await sql`UPDATE audit_log SET actor_label = 'someone-else' WHERE seq = 2`.execute(store.db);
    const result = await verifyAuditChain(store.db);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(1);
    expect(result.firstBroken).toMatchObject({ seq: 2, reason: 'hash_mismatch' });
    expect(result.firstBroken?.message).toContain('#2');
  });

  it('names the next entry when a forger recomputes the hash of the row they changed', async () => {
    const row = await store.db.selectFrom('auditLog').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const forged = { ...row, action: 'user.delete' };
    const hash = computeAuditHash(row.prevHash, forged);
    await sql`UPDATE audit_log SET action = 'user.delete', hash = ${hash} WHERE seq = 2`.execute(store.db);
    expect((await verifyAuditChain(store.db)).firstBroken).toMatchObject({ seq: 3, reason: 'link_broken' });
  });

  it('names a deleted entry as a gap in the sequence', async () => {
    await sql`DELETE FROM audit_log WHERE seq = 2`.execute(store.db);
    expect((await verifyAuditChain(store.db)).firstBroken).toMatchObject({ seq: 2, reason: 'sequence_gap' });
  });

  it('writes no audit entry for a change that failed, and no change without its entry', async () => {
    const services = makeServices(store, fixedClock());
    const before = await entryCount();
    await expect(makeUser(services, 'enterprise_user', '00000000-0000-4000-8000-000000000000')).rejects.toThrow();
    expect(await entryCount()).toBe(before);
  });

  it('keeps the chain linear when many changes arrive at once', async () => {
    const services = makeServices(store, fixedClock());
    await Promise.all(Array.from({ length: 8 }, () => makeOrganisation(services)));
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: true, checked: 11 });
  });
});
