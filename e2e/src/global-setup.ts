import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { runCli, startCliServer, stopChild } from '@jiliang/server/test/child-process';

/**
 * e2e suite: the built web app served by a real `jiliang serve` on a fresh PGlite with the demo
 * loaded, driven by Debian's Chromium. Without Chromium the suite is skipped locally and fails
 * under CI=true (never downloads a browser).
 */
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging
  export interface ProvidedContext {
    e2e: { available: boolean; reason: string; baseUrl: string; chromium: string };
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const findChromium = (): string | undefined => {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (candidate && existsSync(candidate)) return candidate;
  return undefined;
};

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const reason = 'Debian Chromium not found (apt-get install -y chromium fonts-noto-cjk)';
    if (process.env.CI === 'true') throw new Error(`e2e suite cannot run under CI: ${reason}`);
    console.warn(`e2e suite SKIPPED: ${reason}`);
    project.provide('e2e', { available: false, reason, baseUrl: '', chromium: '' });
    return;
  }
  if (!existsSync(join(ROOT, 'apps/web/dist/index.html')))
    execFileSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'jiliang-e2e-'));
  const env = { JILIANG_DATA_DIR: dataDir, DATABASE_URL: '', JILIANG_WEB_DIST: join(ROOT, 'apps/web/dist') };
  const seeded = await runCli(['seed-demo', '--readings-days', '30'], env);
  if (seeded.code !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);
  const server = await startCliServer(env);
  project.provide('e2e', { available: true, reason: '', baseUrl: server.url, chromium });
  return async () => {
    await stopChild(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
