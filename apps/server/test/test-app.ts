import type { Me } from '@jiliang/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { parseConfig, type Config } from '../src/config.ts';
import type { Services } from '../src/services.ts';
import type { Store } from '../src/store/store.ts';
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

/** The real app on an in-memory PGlite, driven through inject (fastify/demo's build() helper). */
export const buildTestApp = async (env: Record<string, string> = {}): Promise<TestApp> => {
  const store = await openTestStore('pglite');
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
