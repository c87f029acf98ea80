import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '@jiliang/server';
import { copyRowsOf, median, timed, type ReadingRow } from './fixture.ts';

/**
 * The baseline of every ingestion figure (issue 5 §8): a raw COPY of the same rows, through the same
 * store's `copyRows`, into a plain readings-like table — the same four columns as `readings`, no key,
 * no index, no partitions, no checks, no rollups. It is the floor cost of getting rows into the store.
 */
export const RAW_TABLE = 'bench_raw_readings';

/** The raw table; `keyed` gives it the primary key of `readings`, (point_id, ts), for the second baseline. */
export const createRawTable = async (store: Store, keyed = false) => {
  await sql`DROP TABLE IF EXISTS bench_raw_readings`.execute(store.db);
  await sql`CREATE TABLE bench_raw_readings (point_id uuid NOT NULL, ts timestamptz NOT NULL, value double precision NOT NULL, batch_id uuid NOT NULL)`.execute(
    store.db,
  );
  if (keyed) await sql`ALTER TABLE bench_raw_readings ADD PRIMARY KEY (point_id, ts)`.execute(store.db);
};

export const dropRawTable = (store: Store) => sql`DROP TABLE IF EXISTS bench_raw_readings`.execute(store.db);

/**
 * COPY `rows` into a fresh raw table, `runs` times; the median rows per second (the machine may be
 * shared, and one COPY is short). The conversion to arrays happens before the clock starts. `keyed`: the table
 * has the primary key every idempotent store of readings needs — a second, informative baseline (the goal is
 * measured against the plain one).
 */
export const rawCopyRate = async (
  store: Store,
  rows: readonly ReadingRow[],
  pointIds: ReadonlyMap<string, string>,
  runs = 3,
  keyed = false,
): Promise<number> => {
  const arrays = copyRowsOf(rows, pointIds, randomUUID());
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    await createRawTable(store, keyed);
    const { seconds, result } = await timed(() => store.copyRows(RAW_TABLE, ['point_id', 'ts', 'value', 'batch_id'], arrays));
    if (result !== rows.length) throw new Error(`raw COPY wrote ${result} rows, expected ${rows.length}`);
    rates.push(rows.length / seconds);
  }
  return median(rates);
};

/** Bytes of a relation with its indexes and TOAST (pg_total_relation_size). */
export const totalBytes = async (store: Store, relation: string): Promise<number> => {
  const result = await sql<{ bytes: number }>`SELECT pg_total_relation_size(${relation}::regclass)::bigint AS bytes`.execute(store.db);
  return Number(result.rows[0]?.bytes ?? 0);
};
