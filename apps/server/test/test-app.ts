import type { Me } from '@jiliang/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { parseConfig, type Config } from '../src/config.ts';
import type { Services } from '../src/services.ts';
import { openStore, type Store } from '../src/store/store.ts';
import { TEST_PASSWORD, fixedClock, makeServices } from './factories.ts';
import { openTestStore } from './test-store.ts';

export type TestApp = {
  app: FastifyInstance;
  store: Store;
  services: Services;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  close: () => Promise<void>;
};

/**
 * The real app on an in-memory PGlite, driven through inject (fastify/demo's build() helper). The store is the
 * migrated template, or `from`: a snapshot taken with snapshotTestApp, loaded into a new store of its own.
 */
export const buildTestApp = async (env: Record<string, string> = {}, options: { from?: Blob } = {}): Promise<TestApp> => {
  const store = options.from
    ? await openStore({ kind: 'pglite', dataDir: null, loadDataDir: options.from })
    : await openTestStore('pglite');
  const clock = fixedClock(new Date().toISOString());
  const config = parseConfig({
    JILIANG_LOG_LEVEL: 'silent',
    JILIANG_RATE_LIMIT_PER_MINUTE: '100000',
    JILIANG_LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    JILIANG_WEB_DIST: '/nonexistent',
    ...env,
  });
  const app = await buildApp({ store, config, clock });
  await app.ready();
  return {
    app,
    store,
    clock,
    config,
    services: makeServices(store, clock),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
};

/**
 * Every row of the app's store (sessions included) as a tarball. A file that walks a long scenario once can start each
 * test from the snapshot (buildTestApp's `from`); each load is a separate store, so tests still share no rows.
 */
export const snapshotTestApp = async (t: TestApp): Promise<Blob> => {
  const blob = await t.store.dumpDataDir?.();
  if (!blob) throw new Error(`${t.store.description} cannot be snapshotted`);
  return blob;
};

export type Session = { cookie: string; csrf: string; headers: Record<string, string>; me: Me };

const cookieValue = (response: LightMyRequestResponse, name: string): string => {
  const cookie = response.cookies.find((c) => c.name === name);
  if (!cookie) throw new Error(`login set no ${name} cookie (status ${response.statusCode}: ${response.body})`);
  return cookie.value;
};

export const login = async (app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> => {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const session = cookieValue(response, 'jl_session');
  const csrf = cookieValue(response, 'jl_csrf');
  const cookie = `jl_session=${session}; jl_csrf=${csrf}`;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf }, me: response.json() as Me };
};
