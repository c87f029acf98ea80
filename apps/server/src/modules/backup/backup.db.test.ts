import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELIGIBILITY_CONDITIONS } from '@jiliang/calc';
import { TEST_ACTOR, fixedClock, makeServices } from '../../../test/factories.ts';
import { createEmptyPostgresDatabase, isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import { buildWorld } from '../../../test/world.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { openStore, type Store } from '../../store/store.ts';
import { BACKUP_TABLES, TABLES_NOT_BACKED_UP, restoreBackup, writeBackup } from './backup.service.ts';

const dump = async (store: Store, table: string, key: string) =>
  (
    await sql<{
      row: unknown;
    }>`SELECT to_jsonb(t) AS row FROM ${sql.table(table)} t ORDER BY ${sql.join(key.split(',').map((c) => sql.ref(c.trim())))}`.execute(
      store.db,
    )
  ).rows.map((r) => r.row);

describe.skipIf(!isTestStoreAvailable())(`backup and restore from ${testStoreKind()}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiliang-backup-'));
  const file = join(dir, 'backup.jsonl.gz');
  let source: Store;
  beforeAll(async () => {
    source = await openTestStore();
    const services = makeServices(source, fixedClock());
    const world = await buildWorld(services);
    // Lifecycle rows too, with documents in bytea (CM-10): they must survive the move between stores.
    const evidence = Object.fromEntries(ELIGIBILITY_CONDITIONS.carbon_metrology_centre.map((c) => [c.condition, '附件']));
    await services.institutions.openCase(TEST_ACTOR, world.org.institution, {
      isDirectApplicant: true,
      isInLocalPlan: true,
      hasLocalGovernmentCommitment: true,
      coBuilderIds: [world.org.laboratory],
    });
    const step = (event: string, facts: Record<string, unknown>) =>
      services.institutions.applyEvent(TEST_ACTOR, world.org.institution, { event, facts }, { isProvince: true });
    await step('submit_application', { eligibilityEvidence: evidence, hasConsultationRecord: true, hasTruthfulnessDeclaration: true });
    await step('approve_preparation', { expertOpinion: { materialReviewPassed: true, onSiteCheckPassed: true } });
    await writeBackup(source, file, new Date('2026-11-27T08:00:00Z'));
  });
  afterAll(async () => {
    await source?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up every table but sessions, the migration ledger and ingest staging (partitions through their parent)', async () => {
    const tables = await sql<{
      name: string;
    }>`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`.execute(source.db);
    const covered = [...BACKUP_TABLES.map((t) => t.table), ...TABLES_NOT_BACKED_UP].sort();
    expect(tables.rows.map((r) => r.name)).toEqual(covered);
  });

  const targets: { name: string; open: () => Promise<Store> }[] = [
    { name: 'PGlite', open: () => openStore({ kind: 'pglite', dataDir: null }) },
  ];
  if (testStoreKind() === 'postgres')
    targets.push({
      name: 'PostgreSQL',
      open: async () => openStore({ kind: 'postgres', databaseUrl: await createEmptyPostgresDatabase(), poolSize: 2 }),
    });

  for (const target of targets) {
    it(`restores into an empty ${target.name} row for row, with the audit chain intact`, async () => {
      const store = await target.open();
      try {
        const report = await restoreBackup(store, file);
        expect(report.counts.organisations).toBeGreaterThan(20);
        expect(report.counts.institution_documents).toBe(2);
        for (const { table, key } of BACKUP_TABLES) expect(await dump(store, table, key), table).toEqual(await dump(source, table, key));
        const chain = await verifyAuditChain(store.db);
        expect(chain.ok).toBe(true);
        expect(chain.checked).toBe(report.counts.audit_log);
      } finally {
        await store.close();
      }
    });
  }

  it('refuses to restore over data, changing nothing', async () => {
    const before = await dump(source, 'organisations', 'id');
    await expect(restoreBackup(source, file)).rejects.toThrow(/needs an empty store/);
    expect(await dump(source, 'organisations', 'id')).toEqual(before);
  });
});
