import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import { ensureReadingPartitions } from '../readings/partitions.ts';
import { listMigrations, migrate } from '../../store/migrate.ts';
import type { Store } from '../../store/store.ts';

/**
 * A portable dump: gzip'd JSON lines, one header then `{table, rows}` chunks, with every row as
 * `to_jsonb(row)`. It restores into either store through `jsonb_populate_recordset`, so the engine
 * it came from does not matter. Sessions are left out: a restored system asks everyone to sign in.
 */
export const BACKUP_FORMAT = 'jiliang-backup';
export const BACKUP_VERSION = 1;

/** Tables in foreign-key order, with the columns (the primary key) that order them. A test checks this covers the schema. */
export const BACKUP_TABLES: readonly { table: string; key: string; parentColumn?: string }[] = [
  { table: 'organisations', key: 'id', parentColumn: 'parent_id' },
  { table: 'institutions', key: 'organisation_id' },
  { table: 'sites', key: 'id', parentColumn: 'parent_id' },
  { table: 'users', key: 'id' },
  { table: 'memberships', key: 'id' },
  { table: 'api_tokens', key: 'id' },
  { table: 'institution_cases', key: 'id' },
  { table: 'institution_co_builders', key: 'case_id, organisation_id' },
  { table: 'institution_events', key: 'id' },
  { table: 'expert_panels', key: 'id' },
  { table: 'panel_members', key: 'panel_id, user_id' },
  { table: 'task_book_items', key: 'id' },
  { table: 'annual_reports', key: 'case_id, year' },
  { table: 'scoring_templates', key: 'institution_type' },
  { table: 'scoring_sheets', key: 'case_id, round, member_user_id' },
  { table: 'sampling_draws', key: 'case_id, round' },
  { table: 'document_serials', key: 'agency, year' },
  { table: 'institution_documents', key: 'id' },
  { table: 'instruments', key: 'id' },
  { table: 'instrument_status_changes', key: 'id' },
  { table: 'measurement_standards', key: 'id' },
  { table: 'certificates', key: 'id' },
  { table: 'certificate_results', key: 'certificate_id, seq' },
  { table: 'certificate_reference_standards', key: 'certificate_id, standard_id' },
  { table: 'certificate_attachments', key: 'id' },
  { table: 'standard_checks', key: 'id' },
  { table: 'capabilities', key: 'id' },
  { table: 'instrument_reminders', key: 'instrument_id, due_date, kind' },
  { table: 'points', key: 'id', parentColumn: 'parent_point_id' },
  { table: 'point_instruments', key: 'point_id, from_at' },
  { table: 'readings', key: 'point_id, ts' },
  { table: 'reading_revisions', key: 'id' },
  { table: 'ingest_batches', key: 'id' },
  { table: 'quarantine_rows', key: 'id' },
  { table: 'rollups_hour', key: 'point_id, bucket' },
  { table: 'rollups_day', key: 'point_id, bucket' },
  { table: 'rollups_month', key: 'point_id, bucket' },
  { table: 'emission_factors', key: 'id' },
  { table: 'emission_sources', key: 'id' },
  { table: 'activity_entries', key: 'id', parentColumn: 'superseded_by' },
  { table: 'accounting_runs', key: 'id' },
  { table: 'accounting_run_sources', key: 'run_id, source_id' },
  { table: 'energy_reviews', key: 'id' },
  { table: 'energy_review_findings', key: 'id' },
  { table: 'energy_rectification_items', key: 'id' },
  { table: 'energy_rectification_events', key: 'item_id, seq' },
  { table: 'energy_benchmarks', key: 'id' },
  { table: 'energy_savings_verifications', key: 'id' },
  { table: 'quality_limits', key: 'point_id' },
  { table: 'quality_evaluations', key: 'point_id, day' },
  { table: 'reading_flags', key: 'point_id, ts' },
  { table: 'estimated_values', key: 'point_id, ts' },
  { table: 'quality_dirty', key: 'point_id, day' },
  { table: 'monthly_figures', key: 'id', parentColumn: 'superseded_by' },
  { table: 'audit_log', key: 'seq' },
];
/** Sessions end with a restore; staging rows belong to batches that never committed. */
export const TABLES_NOT_BACKED_UP = ['sessions', 'schema_migrations'] as const;

/** `a, b` → ORDER BY "a", "b" (identifiers from the table above, never from input). */
const orderBy = (key: string) => sql.join(key.split(',').map((column) => sql.ref(column.trim())));

type Header = { format: string; version: number; createdAt: string; source: string; migrations: string[]; counts: Record<string, number> };
type Row = Record<string, unknown>;
const CHUNK = 1000;

export const writeBackup = async (store: Store, path: string, now: Date): Promise<Header> => {
  const applied = await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(store.db);
  const counts: Record<string, number> = {};
  for (const { table } of BACKUP_TABLES) {
    const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(store.db);
    counts[table] = result.rows[0]?.n ?? 0;
  }
  const header: Header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    source: store.kind,
    migrations: applied.rows.map((r) => r.name),
    counts,
  };
  const gzip = createGzip();
  const file = createWriteStream(path);
  gzip.pipe(file);
  const write = async (value: unknown) => {
    if (!gzip.write(JSON.stringify(value) + '\n')) await once(gzip, 'drain');
  };
  await write(header);
  for (const { table, key } of BACKUP_TABLES) {
    for (let offset = 0; ; offset += CHUNK) {
      const result = await sql<{
        row: Row;
      }>`SELECT to_jsonb(t) AS row FROM ${sql.table(table)} t ORDER BY ${orderBy(key)} LIMIT ${CHUNK} OFFSET ${offset}`.execute(store.db);
      if (result.rows.length === 0) break;
      await write({ table, rows: result.rows.map((r) => r.row) });
    }
  }
  gzip.end();
  await once(file, 'finish');
  return header;
};

/** Parents before children, for tables that refer to themselves. */
const parentsFirst = (rows: Row[], parentColumn: string): Row[] => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done = new Set<unknown>();
  const out: Row[] = [];
  const visit = (row: Row, depth: number) => {
    if (done.has(row.id) || depth > rows.length) return;
    const parent = row[parentColumn];
    const parentRow = parent === null || parent === undefined ? undefined : byId.get(parent);
    if (parentRow) visit(parentRow, depth + 1);
    done.add(row.id);
    out.push(row);
  };
  for (const row of rows) visit(row, 0);
  return out;
};

export type RestoreReport = { counts: Record<string, number>; migrationsAfter: string[] };

export const restoreBackup = async (store: Store, path: string): Promise<RestoreReport> => {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let header: Header | undefined;
  const pending = new Map<string, Row[]>();
  for await (const line of lines) {
    if (!line) continue;
    const value = JSON.parse(line) as Header | { table: string; rows: Row[] };
    if (!header) {
      const h = value as Header;
      if (h.format !== BACKUP_FORMAT || h.version !== BACKUP_VERSION)
        throw new Error(`${path} is not a ${BACKUP_FORMAT} v${BACKUP_VERSION} file`);
      header = h;
      continue;
    }
    const chunk = value as { table: string; rows: Row[] };
    if (!BACKUP_TABLES.some((t) => t.table === chunk.table)) throw new Error(`backup names unknown table ${chunk.table}`);
    pending.set(chunk.table, [...(pending.get(chunk.table) ?? []), ...chunk.rows]);
  }
  if (!header) throw new Error(`${path} is empty`);

  const known = listMigrations();
  const unknown = header.migrations.filter((name) => !known.some((m) => m.name === name));
  if (unknown.length > 0)
    throw new Error(`backup comes from a newer Jiliang (migrations ${unknown.join(', ')} are unknown here); upgrade first`);
  // Bring the target to the backup's schema, load, then migrate forward to this version.
  await migrate(
    store,
    known.filter((m) => header?.migrations.includes(m.name)),
  );
  for (const { table } of BACKUP_TABLES) {
    const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(store.db);
    if ((result.rows[0]?.n ?? 0) > 0)
      throw new Error(`restore needs an empty store, but ${table} already has ${result.rows[0]?.n} rows; nothing was changed`);
  }
  // Readings land in Shanghai-month partitions, which must exist before the rows (issue 5).
  await ensureReadingPartitions(
    store.db,
    (pending.get('readings') ?? []).map((r) => Date.parse(String(r.ts))),
  );
  const counts: Record<string, number> = {};
  await store.db.transaction().execute(async (trx) => {
    for (const { table, parentColumn } of BACKUP_TABLES) {
      let rows = pending.get(table) ?? [];
      if (parentColumn) rows = parentsFirst(rows, parentColumn);
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
        await sql`INSERT INTO ${sql.table(table)} SELECT * FROM jsonb_populate_recordset(NULL::${sql.table(table)}, ${chunk}::jsonb)`.execute(
          trx,
        );
      }
      counts[table] = rows.length;
      if (counts[table] !== (header?.counts[table] ?? counts[table]))
        throw new Error(`backup is truncated: ${table} has ${counts[table]} rows, header says ${header?.counts[table]}`);
    }
  });
  const after = await migrate(store);
  return { counts, migrationsAfter: after.applied };
};
