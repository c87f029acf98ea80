import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createRawTable, RAW_TABLE, totalBytes } from './baseline.ts';
import { readingRows, type BenchEnterprise, type BenchServer } from './fixture.ts';

/**
 * Bytes per stored reading (issue 5 §8), indexes and rollups included: pg_total_relation_size (heap,
 * TOAST, free-space and visibility maps, indexes) of every `readings` partition plus rollups_hour,
 * rollups_day and rollups_month, divided by the number of readings. Baseline: the raw COPY table
 * (same four columns, no index) holding `sampleRows` of the same kind of rows, per row.
 * Measured right after the year load, when the store holds that year and nothing else.
 */
export type BytesFigures = {
  readings: number;
  readingsHeap: number;
  readingsIndexes: number;
  rollups: number;
  bytesPerReading: number;
  rawSampleRows: number;
  rawBytesPerRow: number;
};

export const benchBytes = async (server: BenchServer, enterprise: BenchEnterprise, sampleRows: number): Promise<BytesFigures> => {
  const db = server.store.db;
  const partitions = await sql<{ heap: number; indexes: number; total: number }>`
    SELECT coalesce(sum(pg_relation_size(c.oid)), 0)::bigint AS heap, coalesce(sum(pg_indexes_size(c.oid)), 0)::bigint AS indexes,
           coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS total
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.relname = 'readings'`.execute(db);
  const count = await sql<{ n: number }>`SELECT count(*)::bigint AS n FROM readings`.execute(db);
  const readings = Number(count.rows[0]?.n ?? 0);
  const part = partitions.rows[0]!;
  let rollups = 0;
  for (const table of ['rollups_hour', 'rollups_day', 'rollups_month']) rollups += await totalBytes(server.store, table);
  const steps = Math.max(1, Math.round(sampleRows / enterprise.codes.length));
  const sample = readingRows(enterprise.codes, Date.UTC(2024, 11, 31, 16), steps);
  await createRawTable(server.store);
  const batchId = randomUUID();
  await server.store.copyRows(
    RAW_TABLE,
    ['point_id', 'ts', 'value', 'batch_id'],
    sample.map((r) => [enterprise.pointIds.get(r.point), new Date(r.ts), r.value, batchId]),
  );
  const rawBytes = await totalBytes(server.store, RAW_TABLE);
  return {
    readings,
    readingsHeap: Number(part.heap),
    readingsIndexes: Number(part.indexes),
    rollups,
    bytesPerReading: (Number(part.total) + rollups) / readings,
    rawSampleRows: sample.length,
    rawBytesPerRow: rawBytes / sample.length,
  };
};
