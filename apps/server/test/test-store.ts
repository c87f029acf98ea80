import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { listMigrations, migrate } from '../src/store/migrate.ts';
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

/**
 * One migrated PGlite, dumped; every test store starts from that tarball. Making it (initdb in WASM, then every
 * migration) takes about 1.5 s, which every test file would pay again in its own worker, so the tarball is kept in the
 * system temp directory under a name hashing what it is made from: the PGlite version, store.ts, migrate.ts and each
 * migration. A change to any of them names a new file (older ones are removed). A worker that makes it writes its own
 * temporary file and renames it into place, so a worker never reads half a tarball.
 */
const templateKey = (): string => {
  const hash = createHash('sha256');
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(readFileSync(join(dirname(pgliteEntry), '..', 'package.json')));
  for (const file of ['../src/store/store.ts', '../src/store/migrate.ts']) hash.update(readFileSync(new URL(file, import.meta.url)));
  for (const migration of listMigrations()) hash.update(`${migration.name}:${migration.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
};

const TEMPLATE_PREFIX = 'jiliang-pglite-template-';

const makePgliteTemplate = async (): Promise<Blob> => {
  const store = await openStore({ kind: 'pglite', dataDir: null });
  await migrate(store);
  const blob = await store.dumpDataDir?.();
  await store.close();
  if (!blob) throw new Error('PGlite store cannot dump its data directory');
  return blob;
};

let pgliteTemplate: Promise<Blob> | undefined;
const getPgliteTemplate = (): Promise<Blob> =>
  (pgliteTemplate ??= (async () => {
    const name = `${TEMPLATE_PREFIX}${templateKey()}.tar`;
    const path = join(tmpdir(), name);
    // Another checkout's run may remove it between the check and the read (its cleanup below): then make it again.
    if (existsSync(path)) {
      try {
        return new Blob([readFileSync(path)]);
      } catch {
        // fall through
      }
    }
    const blob = await makePgliteTemplate();
    try {
      const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
      writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
      renameSync(partial, path);
      for (const other of readdirSync(tmpdir()))
        if (other.startsWith(TEMPLATE_PREFIX) && !other.startsWith(name)) rmSync(join(tmpdir(), other), { force: true });
    } catch {
      // Keeping the tarball only saves time: a full disk or a race with another checkout's cleanup costs a rebuild later.
    }
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
