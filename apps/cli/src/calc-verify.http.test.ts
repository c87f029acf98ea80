import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountingRun } from '@jiliang/shared';
import { runCli } from '@jiliang/server/test/child-process';
import { TEST_ACTOR, makeOrganisation } from '@jiliang/server/test/factories';
import { buildTestApp, type TestApp } from '@jiliang/server/test/test-app';

/**
 * `jiliang calc verify <run>` (issue 7 §3): a run made over HTTP recomputes bit for bit from its exported JSON, and from
 * its id with an API token against the running platform; a changed figure is named and exits 2.
 */
describe('jiliang calc verify', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiliang-verify-'));
  const env = { JILIANG_DATA_DIR: join(root, 'data'), DATABASE_URL: '' };
  let t: TestApp;
  let run: AccountingRun;
  let url: string;
  let secret: string;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.services.factors.ensureDefaultFactors(TEST_ACTOR);
    const enterprise = await makeOrganisation(t.services, { kind: 'enterprise' });
    const heat = await t.services.emissionSources.createSource(TEST_ACTOR, enterprise.id, {
      code: 'S-HT',
      name: '外购热力',
      kind: 'purchased_heat',
      subject: 'heat',
      activityUnit: 'GJ',
      parameters: { factor: { factor: 'heat.default' } },
    });
    for (const [month, value] of [
      ['2026-01', 1200],
      ['2026-02', 1000],
    ] as const)
      await t.services.emissionSources.addEntry(TEST_ACTOR, heat.id, { month, value, unit: 'GJ', uRel: 0.02, evidence: '供热公司结算单' });
    run = await t.services.accounting.createRun(TEST_ACTOR, enterprise.id, {
      periodStart: '2026-01-01',
      periodEnd: '2026-02-28',
      monteCarlo: { iterations: 5000, seed: 7 },
    });
    secret = (
      await t.services.tokens.createToken(TEST_ACTOR, ['carbon:read'], {
        organisationId: enterprise.id,
        name: 'verify',
        permissions: ['carbon:read'],
      })
    ).secret;
    url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('verifies an exported run bit for bit (2200 GJ × 0.11 = 242 tCO2), and names a changed figure with exit code 2', async () => {
    const exported = (await (
      await fetch(`${url}/api/accounting-runs/${run.id}`, { headers: { authorization: `Bearer ${secret}` } })
    ).json()) as AccountingRun;
    const file = join(root, 'run.json');
    writeFileSync(file, JSON.stringify(exported));
    const ok = await runCli(['calc', 'verify', file], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ runId: run.id, verified: true, differences: [] });
    expect(JSON.parse(ok.stdout).totalTco2).toBeCloseTo(242, 10);
    exported.result.monthly[1]!.totalTco2 = 111;
    writeFileSync(file, JSON.stringify(exported));
    const bad = await runCli(['calc', 'verify', file], env);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).differences).toEqual([{ path: '$.monthly[1].totalTco2', stored: 111, recomputed: 1000 * 0.11 }]);
    expect(bad.stderr).toContain('does not verify');
  }, 60_000);

  it('fetches a run by id with a token; without access it says what the platform answered', async () => {
    const ok = await runCli(['calc', 'verify', run.id, '--url', url], { ...env, JILIANG_TOKEN: secret });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ verified: true });
    const refused = await runCli(['calc', 'verify', run.id, '--url', url], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('answered 401');
  }, 60_000);
});
