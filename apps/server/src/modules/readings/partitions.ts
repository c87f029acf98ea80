import { sql, type Kysely } from 'kysely';
import { monthPartitionOf } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';

/**
 * Readings are partitioned by Shanghai calendar month (issue 5 §5): `readings_yYYYYmMM`, bounds at
 * 00:00 Asia/Shanghai on the first of the month. Partitions are made as data arrives; there is no
 * default partition, so a reading always lands in its own month. Made outside the merging transaction,
 * and a concurrent creator of the same month is harmless.
 */
const known = new WeakMap<object, Set<string>>();

export const ensureReadingPartitions = async (db: Kysely<Database>, timestamps: Iterable<number>) => {
  let cache = known.get(db);
  if (!cache) {
    const rows = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
      WHERE p.relname = 'readings'`.execute(db);
    cache = new Set(rows.rows.map((r) => r.name));
    known.set(db, cache);
  }
  const wanted = new Map<string, { from: number; to: number }>();
  // Rows of a batch mostly share a month: the month of the last row answers until a row falls outside it.
  let last: { from: number; to: number } | undefined;
  for (const ts of timestamps) {
    if (last && ts >= last.from && ts < last.to) continue;
    const partition = monthPartitionOf(ts);
    last = partition;
    const name = `readings_${partition.name}`;
    if (!cache.has(name) && !wanted.has(name)) wanted.set(name, partition);
  }
  for (const [name, { from, to }] of wanted) {
    if (!/^readings_y\d{4}m\d{2}$/.test(name)) throw new Error(`unexpected partition name ${name}`);
    try {
      await sql
        .raw(
          `CREATE TABLE IF NOT EXISTS ${name} PARTITION OF readings FOR VALUES FROM ('${new Date(from).toISOString()}') TO ('${new Date(to).toISOString()}')`,
        )
        .execute(db);
    } catch (error) {
      // 42P07 duplicate_table: another batch made it a moment ago.
      if ((error as { code?: string }).code !== '42P07') throw error;
    }
    cache.add(name);
  }
};

/** Forget what is known (tests that restore or recreate a store). */
export const forgetReadingPartitions = (db: Kysely<Database>) => known.delete(db);
