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

/** Kysely over PGlite. Every connection holds the store's mutex, so transactions never interleave. */
const createConnection = (pg: PGlite): DatabaseConnection => ({
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (compiled.parameters.length === 0) {
      // Simple protocol: allows multi-statement scripts (migrations).
      const results = await pg.exec(compiled.sql);
      const last = results[results.length - 1];
      return { rows: (last?.rows ?? []) as R[], numAffectedRows: BigInt(last?.affectedRows ?? 0) };
    }
    const result = await pg.query<R>(compiled.sql, [...compiled.parameters]);
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
