/**
 * `npm run bench [-- rows]`: bulk-load figures on PGlite (in memory) and, when reachable, on the
 * PostgreSQL server at 127.0.0.1:5432 (a scratch database, dropped afterwards).
 */
import pg from 'pg';
import { openStore, type Store } from '@jiliang/server';
import { benchCopy, type CopyFigures } from './copy.bench.ts';

const rows = Number(process.argv[2] ?? 100_000);
const ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';

const report = (f: CopyFigures) => {
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`${f.store} — ${fmt(f.rows)} rows`);
  console.log(`  naive INSERT per row  ${fmt(f.naiveRowsPerS).padStart(10)} rows/s   1.0×`);
  console.log(
    `  INSERT 1,000 per stmt ${fmt(f.batchedRowsPerS).padStart(10)} rows/s  ${(f.batchedRowsPerS / f.naiveRowsPerS).toFixed(1)}×`,
  );
  console.log(
    `  store.copyRows (COPY) ${fmt(f.copyRowsPerS).padStart(10)} rows/s  ${(f.copyRowsPerS / f.naiveRowsPerS).toFixed(1)}× naive, ${(f.copyRowsPerS / f.batchedRowsPerS).toFixed(1)}× batched`,
  );
};

const withStore = async (open: () => Promise<Store>) => {
  const store = await open();
  try {
    report(await benchCopy(store, rows));
  } finally {
    await store.close();
  }
};

await withStore(() => openStore({ kind: 'pglite', dataDir: null }));

const admin = new pg.Client({ connectionString: ADMIN });
try {
  await admin.connect();
} catch {
  console.log('PostgreSQL at 127.0.0.1:5432 unreachable: skipped');
  process.exit(0);
}
const db = `jiliang_bench_${process.pid}`;
await admin.query(`CREATE DATABASE ${db}`);
try {
  await withStore(() => openStore({ kind: 'postgres', databaseUrl: `postgres://postgres@127.0.0.1:5432/${db}` }));
} finally {
  await admin.query(`DROP DATABASE ${db} WITH (FORCE)`);
  await admin.end();
}
