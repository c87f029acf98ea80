import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../src/store/migrate.ts';
import { openStore, type Store, type StoreKind } from '../src/store/store.ts';

/** Which store this suite runs on: db-pglite and db-postgres run the same *.db.test.ts files. */
export const testStoreKind = (): StoreKind => (process.env.JILIANG_TEST_STORE === 'postgres' ? 'postgres' : 'pglite');

export const isTestStoreAvailable = (): boolean => testStoreKind() === 'pglite' || inject('postgres').available;

export const postgresUrlFor = (database: string): string => {
  const url = new URL(inject('postgres').adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/** A fresh, empty PostgreSQL database (not migrated), dropped at the end of the run. */
export const createEmptyPostgresDatabase = async (): Promise<string> => {
  const { adminUrl, templateDb } = inject('postgres');
  const name = `${templateDb.replace(/_tmpl$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return postgresUrlFor(name);
};

/** One migrated PGlite per test worker, dumped; every test store starts from that tarball. */
let pgliteTemplate: Promise<Blob> | undefined;
const getPgliteTemplate = (): Promise<Blob> =>
  (pgliteTemplate ??= (async () => {
    const store = await openStore({ kind: 'pglite', dataDir: null });
    await migrate(store);
    const blob = await store.dumpDataDir?.();
    await store.close();
    if (!blob) throw new Error('PGlite store cannot dump its data directory');
    return blob;
  })());

/** A migrated store of the suite's kind: in-memory PGlite, or a clone of the migrated template. */
export const openTestStore = async (kind: StoreKind = testStoreKind()): Promise<Store> => {
  if (kind === 'pglite') return openStore({ kind: 'pglite', dataDir: null, loadDataDir: await getPgliteTemplate() });
  const { adminUrl, templateDb } = inject('postgres');
  const name = `${templateDb.replace(/_tmpl$/, '')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb}`);
  } finally {
    await admin.end();
  }
  return openStore({ kind: 'postgres', databaseUrl: postgresUrlFor(name), poolSize: 4 });
};
