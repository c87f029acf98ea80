import { defineConfig } from 'vitest/config';

/**
 * One runner, five suites (README "Tests"):
 *   unit         pure functions (*.test.ts)
 *   db-pglite    *.db.test.ts on an in-memory PGlite per file
 *   db-postgres  the same files on a fresh PostgreSQL database per file (server at 127.0.0.1:5432)
 *   http         *.http.test.ts through Fastify's inject and real child processes
 *   e2e          e2e/*.e2e.test.ts in Debian's Chromium against the built app
 * Time zone is pinned to Asia/Shanghai so calendar rules are tested where they apply.
 */
const common = { testTimeout: 30_000, hookTimeout: 120_000, env: { TZ: 'Asia/Shanghai' } };

export default defineConfig({
  test: {
    // Two files at a time on the 2-core machine: most test time is spent waiting on PostgreSQL, PGlite's worker,
    // child processes and the broker. The browser suite runs after the others (groupOrder), one file at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...common,
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.http.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          ...common,
          name: 'db-pglite',
          include: ['apps/**/*.db.test.ts'],
          env: { ...common.env, JILIANG_TEST_STORE: 'pglite' },
        },
      },
      {
        test: {
          ...common,
          name: 'db-postgres',
          include: ['apps/**/*.db.test.ts'],
          env: { ...common.env, JILIANG_TEST_STORE: 'postgres' },
          globalSetup: ['apps/server/test/postgres-global-setup.ts'],
        },
      },
      { test: { ...common, name: 'http', include: ['apps/**/*.http.test.ts'] } },
      {
        test: {
          ...common,
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          globalSetup: ['e2e/src/global-setup.ts'],
          testTimeout: 120_000,
          // A real browser on a 2-core machine under load can lose a click to an animation: one retry. Each
          // test makes its own uniquely named data, so a retry never meets the first try's rows.
          retry: 1,
        },
      },
    ],
  },
});
