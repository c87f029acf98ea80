import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCliServer, stopChild } from '../../test/child-process.ts';

describe('one process per PGlite data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jiliang-lock-'));
  const env = { JILIANG_DATA_DIR: dataDir, DATABASE_URL: '' };
  let server: Awaited<ReturnType<typeof startCliServer>>;

  beforeAll(async () => {
    const seeded = await runCli(['seed-demo', '--readings-days', '0'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    server = await startCliServer(env);
  }, 120_000);
  afterAll(async () => {
    if (server) await stopChild(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process, naming the one that holds the directory, and the first keeps serving', async () => {
    const lock = JSON.parse(readFileSync(join(dataDir, 'jiliang.lock'), 'utf8'));
    expect(lock.pid).toBe(server.child.pid);

    const second = await runCli(
      ['user', 'add', 'intruder', '--name', 'x', '--role', 'viewer', '--org', '420000', '--password-stdin'],
      env,
      'Intruder-Passw0rd\n',
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('STORE_LOCKED');
    expect(second.stderr).toContain(`process ${server.child.pid}`);
    expect(second.stderr).toContain('jiliang serve');

    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'pglite' });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Jiliang@2026' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const users = await fetch(`${server.url}/api/users?pageSize=200`, { headers: { cookie } });
    const page = (await users.json()) as { items: { username: string }[] };
    expect(page.items.map((u) => u.username)).not.toContain('intruder');
  });

  it('releases the lock on shutdown, so the next process may start', async () => {
    expect(await stopChild(server.child)).toBe(0);
    expect(existsSync(join(dataDir, 'jiliang.lock'))).toBe(false);
    const verify = await runCli(['audit', 'verify'], env);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/audit chain intact: \d+ entries verified/);
  });
});
