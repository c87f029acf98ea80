import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../src/store/migrate.ts';
import { openStore } from '../src/store/store.ts';

/**
 * db-postgres suite: a fresh template database per run, migrated once; each test file clones it
 * (CREATE DATABASE … TEMPLATE), as immich's "medium" tests do. Without a server the suite is
 * skipped locally and fails under CI=true.
 */
export const ADMIN_URL = process.env.JILIANG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging
  export interface ProvidedContext {
    postgres: { available: boolean; templateDb: string; adminUrl: string; reason: string };
  }
}

export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const templateDb = `jiliang_test_${runId}_tmpl`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    const reason = `PostgreSQL at ${ADMIN_URL} is unreachable (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`db-postgres suite cannot run under CI: ${reason}`);
    console.warn(`db-postgres suite SKIPPED: ${reason}`);
    project.provide('postgres', { available: false, templateDb, adminUrl: ADMIN_URL, reason });
    return;
  }
  await admin.query(`CREATE DATABASE ${templateDb}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${templateDb}`;
  const store = await openStore({ kind: 'postgres', databaseUrl: url.toString(), poolSize: 1 });
  await migrate(store);
  await store.close();
  project.provide('postgres', { available: true, templateDb, adminUrl: ADMIN_URL, reason: '' });
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `jiliang_test_${runId}_%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}
