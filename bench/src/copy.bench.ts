import { sql } from 'kysely';
import type { Store } from '@jiliang/server';

/**
 * Bulk load through `store.copyRows` against two baselines measured in the same run on the same
 * store: row-by-row INSERT (the naive path) and a single multi-row INSERT per 1,000 rows.
 * Figures are rows per second and ratios, never absolute claims.
 */
export type CopyFigures = { store: string; rows: number; naiveRowsPerS: number; batchedRowsPerS: number; copyRowsPerS: number };

const TABLE = 'bench_copy';

const rowsOf = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => [
    `meter-${(i + offset) % 500}`,
    new Date(Date.UTC(2026, 0, 1) + (i + offset) * 900_000),
    ((i * 7919) % 100_000) / 100,
    i % 3 === 0 ? null : 'ok',
  ]);

const timed = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
};

export const benchCopy = async (store: Store, rows: number): Promise<CopyFigures> => {
  await sql`DROP TABLE IF EXISTS bench_copy`.execute(store.db);
  await sql`CREATE TABLE bench_copy (meter text NOT NULL, at timestamptz NOT NULL, value double precision NOT NULL, flag text)`.execute(
    store.db,
  );
  const naiveRows = Math.min(2_000, rows);
  const naive = rowsOf(naiveRows);
  const naiveS = await timed(async () => {
    for (const [meter, at, value, flag] of naive)
      await sql`INSERT INTO bench_copy VALUES (${meter}, ${at}, ${value}, ${flag})`.execute(store.db);
  });
  const batched = rowsOf(rows, 1_000_000);
  const batchedS = await timed(async () => {
    for (let i = 0; i < batched.length; i += 1000) {
      const chunk = batched.slice(i, i + 1000);
      await sql`INSERT INTO bench_copy VALUES ${sql.join(chunk.map((r) => sql`(${sql.join(r)})`))}`.execute(store.db);
    }
  });
  const copied = rowsOf(rows, 2_000_000);
  const copyS = await timed(() => store.copyRows(TABLE, ['meter', 'at', 'value', 'flag'], copied));
  const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM bench_copy`.execute(store.db);
  if (count.rows[0]?.n !== naiveRows + 2 * rows) throw new Error(`bench wrote ${count.rows[0]?.n} rows, expected ${naiveRows + 2 * rows}`);
  await sql`DROP TABLE bench_copy`.execute(store.db);
  return {
    store: store.description,
    rows,
    naiveRowsPerS: naiveRows / naiveS,
    batchedRowsPerS: rows / batchedS,
    copyRowsPerS: rows / copyS,
  };
};
