import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, isTestStoreAvailable, openTestStore, testStoreKind } from '../../test/test-store.ts';
import { snapshotSchema } from '../../test/schema-snapshot.ts';
import { listMigrations, migrate } from './migrate.ts';
import { openStore, type Store } from './store.ts';

describe.skipIf(!isTestStoreAvailable())(`store on ${testStoreKind()}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store?.close());

  it('has applied every migration, and running again applies none', async () => {
    const report = await migrate(store);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe(listMigrations().length);
  });

  it('refuses a migration that was edited after it was applied (forward-only)', async () => {
    const [first, ...rest] = listMigrations();
    if (!first) throw new Error('no migrations');
    await expect(migrate(store, [{ ...first, sql: first.sql + '\n-- edited', checksum: 'different' }, ...rest])).rejects.toThrow(
      /forward-only/,
    );
  });

  it('bulk-loads rows through COPY, quoting text, nulls and arrays', async () => {
    const bureau = await store.db
      .insertInto('organisations')
      .values({
        kind: 'local_bureau',
        name: '测试局',
        nameEn: null,
        creditCode: null,
        divisionCode: '420600',
        regionCode: '420600',
        parentId: null,
        industry: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = Array.from({ length: 2500 }, (_, i) => [
      bureau.id,
      `token ${i}, "quoted"\nline`,
      `p${String(i).padStart(11, '0')}`,
      'h',
      ['sites:read', 'readings:write'],
      new Date(Date.UTC(2026, 0, 1, 0, i)),
    ]);
    const written = await store.copyRows(
      'api_tokens',
      ['organisation_id', 'name', 'prefix', 'secret_hash', 'permissions', 'created_at'],
      rows,
      1000,
    );
    expect(written).toBe(2500);
    const back = await store.db
      .selectFrom('apiTokens')
      .select(['name', 'permissions', 'createdAt', 'lastUsedAt'])
      .where('prefix', '=', 'p00000000042')
      .executeTakeFirstOrThrow();
    expect(back).toEqual({
      name: 'token 42, "quoted"\nline',
      permissions: ['sites:read', 'readings:write'],
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 42)),
      lastUsedAt: null,
    });
  });

  it('rolls a failed transaction back completely', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM organisations`.execute(store.db);
    await expect(
      store.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('organisations')
          .values({
            kind: 'enterprise',
            name: 'x',
            nameEn: null,
            creditCode: null,
            divisionCode: '420600',
            regionCode: '420600',
            parentId: null,
            industry: null,
          })
          .execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM organisations`.execute(store.db);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it.runIf(testStoreKind() === 'postgres')('gives the same schema on an empty PGlite and an empty PostgreSQL 15', async () => {
    const postgres = await openStore({ kind: 'postgres', databaseUrl: await createEmptyPostgresDatabase(), poolSize: 1 });
    const pglite = await openStore({ kind: 'pglite', dataDir: null });
    try {
      await migrate(postgres);
      await migrate(pglite);
      const version = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(postgres.db);
      expect(version.rows[0]?.v).toMatch(/^1[5-9]/);
      const [a, b] = await Promise.all([snapshotSchema(pglite), snapshotSchema(postgres)]);
      expect(a.columns.length).toBeGreaterThan(40);
      expect(a).toEqual(b);
    } finally {
      await postgres.close();
      await pglite.close();
    }
  });
});
