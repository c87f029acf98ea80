import { sql } from 'kysely';
import type { Store } from '../src/store/store.ts';

/**
 * The schema as the catalogue describes it: columns, constraints and indexes of `public`.
 * NOT NULL rows of pg_constraint (contype 'n', new in PostgreSQL 18) are left out; nullability is
 * compared through the columns instead, so PGlite (PostgreSQL 18) and PostgreSQL 15 are comparable.
 */
export const snapshotSchema = async (store: Store) => {
  const columns = await sql<{ line: string }>`
    SELECT table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable || ' default=' || coalesce(column_default, '-') AS line
    FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`.execute(store.db);
  const constraints = await sql<{ line: string }>`
    SELECT c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public' AND c.contype IN ('p', 'f', 'u', 'c') ORDER BY 1`.execute(store.db);
  const indexes = await sql<{ line: string }>`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`.execute(
    store.db,
  );
  return {
    columns: columns.rows.map((r) => r.line),
    constraints: constraints.rows.map((r) => r.line),
    indexes: indexes.rows.map((r) => r.line),
  };
};
