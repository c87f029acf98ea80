import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Store } from './store.ts';

/**
 * Forward-only SQL migrations, one runner for both stores. Files are `NNNN_name.sql`, applied in
 * name order, each in its own transaction, recorded with a checksum. An applied file that has
 * changed since is an error: migrations are never edited, only added.
 */
export type Migration = { name: string; sql: string; checksum: string };

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export const listMigrations = (): Migration[] =>
  readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8');
      return { name: file, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });

export type MigrationReport = { applied: string[]; alreadyApplied: number };

export const migrate = async (store: Store, migrations = listMigrations()): Promise<MigrationReport> => {
  const { db } = store;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const migration of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      // Two runners against one PostgreSQL serialise here.
      await sql`SELECT pg_advisory_xact_lock(7244000001)`.execute(trx);
      const existing = await trx.selectFrom('schemaMigrations').select(['checksum']).where('name', '=', migration.name).executeTakeFirst();
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new Error(
            `migration ${migration.name} was changed after it was applied (checksum ${existing.checksum.slice(0, 12)} ≠ ${migration.checksum.slice(0, 12)}); migrations are forward-only: add a new file instead`,
          );
        }
        return false;
      }
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto('schemaMigrations')
        .values({ name: migration.name, checksum: migration.checksum, appliedAt: new Date() })
        .execute();
      return true;
    });
    if (done) applied.push(migration.name);
    else alreadyApplied++;
  }
  return { applied, alreadyApplied };
};
