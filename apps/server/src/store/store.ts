import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Database } from './database.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { createMutex } from './mutex.ts';
import { createPgliteDialect } from './pglite-dialect.ts';
import { copyStatement, toCsv } from './copy-csv.ts';

export type StoreKind = 'pglite' | 'postgres';

/** PostgreSQL's `date` type. */
const DATE_OID = 1082;

/**
 * One store interface over PGlite (embedded default) and PostgreSQL. Domain code sees `db` (typed
 * Kysely) and `copyRows` (bulk COPY); nothing else about which engine is underneath.
 */
export type Store = {
  kind: StoreKind;
  /** Human description without secrets, e.g. "PGlite at /srv/jiliang/data". */
  description: string;
  db: Kysely<Database>;
  /** Bulk load through COPY FROM (CSV). Returns the number of rows written. Batches of `batchSize`. */
  copyRows: (table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>, batchSize?: number) => Promise<number>;
  close: () => Promise<void>;
  /** PGlite only: the whole data directory as a tarball (tests start new stores from a migrated one). */
  dumpDataDir?: () => Promise<Blob>;
};

export type StoreOptions =
  | { kind: 'pglite'; dataDir: string | null /* null = in memory */; lockCommand?: string; loadDataDir?: Blob }
  | { kind: 'postgres'; databaseUrl: string; poolSize?: number };

const batched = function* <T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
};

const openPglite = async (dataDir: string | null, lockCommand?: string, loadDataDir?: Blob): Promise<Store> => {
  let lock: DataDirLock | undefined;
  const absolute = dataDir === null ? null : resolve(dataDir);
  if (absolute !== null) lock = acquireDataDirLock(absolute, lockCommand);
  try {
    // `date` stays a 'YYYY-MM-DD' string (a calendar day in Asia/Shanghai), as on PostgreSQL below.
    const pglite = await PGlite.create({
      dataDir: absolute === null ? undefined : join(absolute, 'pgdata'),
      loadDataDir,
      parsers: { [DATE_OID]: (value: string) => value },
    });
    const mutex = createMutex();
    const db = new Kysely<Database>({
      dialect: createPgliteDialect(pglite, mutex),
      plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
    });
    return {
      kind: 'pglite',
      description: absolute === null ? 'PGlite (in memory)' : `PGlite at ${absolute}`,
      db,
      async copyRows(table, columns, rows, batchSize = 50_000) {
        let count = 0;
        const statement = copyStatement(table, columns, "'/dev/blob'");
        for (const batch of batched(rows, batchSize)) {
          const release = await mutex.lock();
          try {
            await pglite.query(statement, [], { blob: new Blob([toCsv(batch)]) });
          } finally {
            release();
          }
          count += batch.length;
        }
        return count;
      },
      async close() {
        await db.destroy();
        await pglite.close();
        lock?.release();
      },
      async dumpDataDir() {
        const release = await mutex.lock();
        try {
          return await pglite.dumpDataDir('none');
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
};

const openPostgres = async (databaseUrl: string, poolSize = 10): Promise<Store> => {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    // int8 as a JS number when it fits (as PGlite does); numeric stays a string to keep its digits.
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === 20
          ? (value: string) => {
              const n = Number(value);
              return Number.isSafeInteger(n) ? n : BigInt(value);
            }
          : oid === DATE_OID
            ? (value: string) => value
            : pg.types.getTypeParser(oid, format),
    },
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
  // Fail fast with a clear message when the server is unreachable.
  await pool.query('SELECT 1');
  const url = new URL(databaseUrl);
  return {
    kind: 'postgres',
    description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
    db,
    async copyRows(table, columns, rows, batchSize = 100_000) {
      let count = 0;
      const client = await pool.connect();
      try {
        for (const batch of batched(rows, batchSize)) {
          const stream = client.query(copyFrom(copyStatement(table, columns, 'STDIN')));
          await pipeline(Readable.from([toCsv(batch)]), stream);
          count += batch.length;
        }
      } finally {
        client.release();
      }
      return count;
    },
    async close() {
      await db.destroy();
    },
  };
};

export const openStore = (options: StoreOptions): Promise<Store> =>
  options.kind === 'pglite'
    ? openPglite(options.dataDir, options.lockCommand, options.loadDataDir)
    : openPostgres(options.databaseUrl, options.poolSize);
