import { afterEach, beforeEach } from 'vitest';
import { fixedClock, makeServices } from '../../../test/factories.ts';
import { openTestStore } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';

/**
 * The setup of the quality module's store tests (*.db.test.ts here): a fresh test store for each test (PGlite or
 * PostgreSQL, test-store.ts) and the services on a clock at 2025-07-01 10:00 Shanghai, so June 2025 is over.
 * Call it in a describe block; read `world.store` and `world.services` in the tests, once beforeEach has run.
 */
export const useQualityWorld = () => {
  const world = {} as { store: Store; services: Services };
  beforeEach(async () => {
    world.store = await openTestStore();
    world.services = makeServices(world.store, fixedClock('2025-07-01T02:00:00.000Z'));
  });
  afterEach(async () => world.store?.close());
  return world;
};
