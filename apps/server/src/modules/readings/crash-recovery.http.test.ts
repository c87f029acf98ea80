import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCliServer, stopChild } from '../../../test/child-process.ts';
import { TEST_ACTOR, makeOrganisation, makeServices } from '../../../test/factories.ts';
import { migrate } from '../../store/migrate.ts';
import { openStore } from '../../store/store.ts';

/**
 * Issue 5 §3: a batch is acknowledged only after commit. The server is killed with SIGKILL while a
 * stream of batches is running; after a restart every acknowledged reading is there exactly once, and
 * the batch that was in flight is there entirely or not at all.
 */
describe('meter data survives SIGKILL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jiliang-kill-'));
  const env = { JILIANG_DATA_DIR: dataDir, DATABASE_URL: '' };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds every acknowledged reading exactly once after a kill -9 and a restart', async () => {
    const store = await openStore({ kind: 'pglite', dataDir });
    await migrate(store);
    const services = makeServices(store, { now: () => new Date() });
    const enterprise = await makeOrganisation(services, { kind: 'enterprise' });
    await services.points.createPoint(TEST_ACTOR, enterprise.id, {
      code: 'K-1',
      name: '计量点',
      medium: 'electricity',
      registerKind: 'interval',
      unit: 'kWh',
    });
    const { secret } = await services.tokens.createToken(TEST_ACTOR, ['readings:write'], {
      name: 'gateway',
      organisationId: enterprise.id,
      permissions: ['readings:write'],
    });
    await store.close();

    let server = await startCliServer(env);
    const base = Date.parse('2025-06-01T00:00:00+08:00');
    const BATCH = 400;
    const rowsOf = (n: number) =>
      Array.from({ length: BATCH }, (_, k) => ({
        point: 'K-1',
        ts: new Date(base + (n * BATCH + k) * 60_000).toISOString(),
        value: n * 1000 + k / 10,
      }));
    const post = (url: string, n: number) =>
      fetch(`${url}/api/organisations/${enterprise.id}/readings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ rows: rowsOf(n) }),
      });
    const acknowledged: number[] = [];
    for (let n = 0; n < 6; n++) {
      const response = await post(server.url, n);
      expect(response.status, await response.clone().text()).toBe(200);
      const receipt = (await response.json()) as { accepted: number; duplicate: number };
      expect(receipt.accepted + receipt.duplicate).toBe(BATCH);
      acknowledged.push(n);
    }
    // Batch 6 is in flight when the process dies: no receipt, so it is not acknowledged.
    const inFlight = post(server.url, 6).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 25));
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const late = await inFlight;
    if (late?.status === 200) acknowledged.push(6);

    // The restarted server takes the stale lock, applies nothing twice, and serves again.
    server = await startCliServer(env);
    try {
      expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ status: 'ready' });
    } finally {
      await stopChild(server.child);
    }
    const after = await openStore({ kind: 'pglite', dataDir });
    try {
      const rows = await after.db.selectFrom('readings').select(['ts', 'value']).orderBy('ts').execute();
      const stored = new Map(rows.map((r) => [r.ts.getTime(), r.value]));
      expect(stored.size).toBe(rows.length); // (point, ts) is the key: nothing twice
      for (const n of acknowledged) for (const row of rowsOf(n)) expect(stored.get(Date.parse(row.ts)), row.ts).toBe(row.value);
      // The batch in flight is atomic: all of its rows or none.
      const inFlightStored = rowsOf(6).filter((r) => stored.has(Date.parse(r.ts))).length;
      expect([0, BATCH]).toContain(inFlightStored);
      expect(rows.length).toBe(acknowledged.length * BATCH + (acknowledged.includes(6) ? 0 : inFlightStored));
      // The rollups agree with the readings that survived (nothing half-applied).
      const hours = await after.db
        .selectFrom('rollupsHour')
        .select((eb) => eb.fn.sum<number>('readingCount').as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(hours.n)).toBe(rows.length);
    } finally {
      await after.close();
    }
  }, 240_000);
});
