import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '@jiliang/server/test/child-process';

/** The `jiliang` commands, run as a person would, against a fresh PGlite directory. */
describe('jiliang CLI', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiliang-cli-'));
  const env = { JILIANG_DATA_DIR: join(root, 'data'), DATABASE_URL: '' };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('migrates, seeds the demo once, and says so the second time', async () => {
    const migrated = await runCli(['migrate'], env);
    expect(migrated.stdout).toMatch(/migrations: \d+ applied \(0001_identity.sql, /);
    const seeded = await runCli(['seed-demo', '--readings-days', '0'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain('admin');
    const again = await runCli(['seed-demo', '--if-empty'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('not loaded again');
    expect(again.stdout).toContain('湖北省市场监督管理局');
  }, 120_000);

  it('adds a user by bureau code, refuses a weak password with the rule, and resets a password', async () => {
    const added = await runCli(
      ['user', 'add', 'li.ming', '--name', '李明', '--role', 'local_officer', '--org', '421300', '--password-stdin'],
      env,
      'Suizhou-Passw0rd\n',
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('local_officer @ 随州市市场监督管理局');
    const weak = await runCli(
      ['user', 'add', 'weak.one', '--name', 'w', '--role', 'viewer', '--org', '420000', '--password', 'weakweakweak'],
      env,
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('WEAK_PASSWORD');
    expect(weak.stderr).toContain('password: 3 of 4 classes');
    const reset = await runCli(['user', 'reset-password', 'li.ming', '--password-stdin'], env, 'Another-Passw0rd\n');
    expect(reset.code, reset.stderr).toBe(0);
  }, 60_000);

  it('creates a token shown once and revokes it by its prefix', async () => {
    const created = await runCli(
      ['token', 'create', '--org', '420600', '--name', 'gateway 1', '--permissions', 'sites:read,readings:write'],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    const secret = created.stdout.trim().split('\n').pop() ?? '';
    expect(secret).toMatch(/^jlt_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const revoked = await runCli(['token', 'revoke', secret.slice(0, 16)], env);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(/revoked at 20\d\d-/);
  }, 60_000);

  it('backs up, restores into a new directory, and the audit chain verifies there', async () => {
    const file = join(root, 'backup.jsonl.gz');
    const backup = await runCli(['backup', file], env);
    expect(backup.code, backup.stderr).toBe(0);
    const otherEnv = { JILIANG_DATA_DIR: join(root, 'restored'), DATABASE_URL: '' };
    const restored = await runCli(['restore', file], otherEnv);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/users \d+/);
    const verify = await runCli(['audit', 'verify'], otherEnv);
    expect(verify.stdout).toMatch(/audit chain intact: \d+ entries verified/);
    const twice = await runCli(['restore', file], otherEnv);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('needs an empty store');
  }, 120_000);
});
