import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { Mutex } from './mutex.ts';

/** float8[] and int4[]: a parameter given as bytes is already in binary wire format (binary-array.ts). */
const BINARY_ARRAY_OIDS = [1022, 1007];

/**
 * Per-query serializers that let binary arrays through untouched: PGlite sends a Uint8Array parameter in binary format,
 * but only if its type's serializer returns it as it is (the default array serializer would make text of it).
 */
const binaryAware = (pg: PGlite) =>
  Object.fromEntries(
    BINARY_ARRAY_OIDS.map((oid) => [
      oid,
      (value: unknown) => (value instanceof Uint8Array ? value : (pg.serializers[oid]?.(value) ?? String(value))),
    ]),
  ) as unknown as NonNullable<Parameters<PGlite['query']>[2]>['serializers'];

/** Kysely over PGlite. Every connection holds the store's mutex, so transactions never interleave. */
const createConnection = (pg: PGlite): DatabaseConnection => ({
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (compiled.parameters.length === 0) {
      // Simple protocol: allows multi-statement scripts (migrations).
      const results = await pg.exec(compiled.sql);
      const last = results[results.length - 1];
      return { rows: (last?.rows ?? []) as R[], numAffectedRows: BigInt(last?.affectedRows ?? 0) };
    }
    const binary = compiled.parameters.some((p) => p instanceof Uint8Array);
    const result = await pg.query<R>(compiled.sql, [...compiled.parameters], binary ? { serializers: binaryAware(pg) } : undefined);
    return { rows: result.rows, numAffectedRows: BigInt(result.affectedRows ?? 0) };
  },
  // eslint-disable-next-line require-yield
  async *streamQuery() {
    throw new Error('streaming is not supported on PGlite');
  },
});

const createDriver = (pg: PGlite, mutex: Mutex): Driver => {
  const releases = new WeakMap<DatabaseConnection, () => void>();
  return {
    async init() {},
    async acquireConnection() {
      const release = await mutex.lock();
      const connection = createConnection(pg);
      releases.set(connection, release);
      return connection;
    },
    async beginTransaction(connection) {
      await connection.executeQuery(CompiledQuery.raw('BEGIN'));
    },
    async commitTransaction(connection) {
      await connection.executeQuery(CompiledQuery.raw('COMMIT'));
    },
    async rollbackTransaction(connection) {
      await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
    },
    async releaseConnection(connection) {
      releases.get(connection)?.();
      releases.delete(connection);
    },
    async destroy() {},
  };
};

export const createPgliteDialect = (pg: PGlite, mutex: Mutex): Dialect => ({
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => createDriver(pg, mutex),
  createQueryCompiler: () => new PostgresQueryCompiler(),
  createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
});
