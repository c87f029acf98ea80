import pg from 'pg';
import { migrate, openStore, type Store } from '@jiliang/server';

/** A migrated store for the carbon bench: PGlite in memory, or a scratch PostgreSQL database dropped on close. */
export type BenchStoreKind = 'postgres' | 'pglite';
const ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';

const admin = async (text: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: ADMIN });
  try {
    await client.connect();
    await client.query(text);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

export const openBenchStore = async (kind: BenchStoreKind): Promise<{ store: Store; close: () => Promise<void> } | undefined> => {
  if (kind === 'pglite') {
    const store = await openStore({ kind: 'pglite', dataDir: null });
    await migrate(store);
    return { store, close: () => store.close() };
  }
  const database = `jiliang_bench_carbon_${process.pid}`;
  if (!(await admin(`CREATE DATABASE ${database}`))) return undefined;
  const store = await openStore({ kind: 'postgres', databaseUrl: `postgres://postgres@127.0.0.1:5432/${database}` });
  await migrate(store);
  return {
    store,
    close: async () => {
      await store.close();
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
};
