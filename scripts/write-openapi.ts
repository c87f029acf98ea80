/**
 * Writes docs/openapi.json from the app's routes and Zod schemas. The committed file is checked
 * against the code by apps/server/src/http/openapi.http.test.ts: run `npm run openapi` after
 * changing a route or schema.
 */
import { writeFileSync } from 'node:fs';
import { buildApp, openStore, parseConfig, systemClock } from '@jiliang/server';

export const OPENAPI_PATH = new URL('../docs/openapi.json', import.meta.url);

const store = await openStore({ kind: 'pglite', dataDir: null });
const app = await buildApp({
  store,
  config: parseConfig({ JILIANG_LOG_LEVEL: 'silent', JILIANG_WEB_DIST: '/nonexistent' }),
  clock: systemClock,
});
await app.ready();
writeFileSync(OPENAPI_PATH, JSON.stringify(app.swagger(), null, 2) + '\n');
await app.close();
await store.close();
console.log(`wrote ${OPENAPI_PATH.pathname}`);
