import type { StoreConfig } from '../config.ts';
import { migrate } from './migrate.ts';
import { openStore, type Store } from './store.ts';

/** Open the configured store and bring its schema up to date (migrations run at every start). */
export const openConfiguredStore = async (
  config: StoreConfig,
  options: { lockCommand?: string; migrate?: boolean } = {},
): Promise<Store> => {
  const store =
    config.kind === 'pglite'
      ? await openStore({ kind: 'pglite', dataDir: config.dataDir, lockCommand: options.lockCommand })
      : await openStore({ kind: 'postgres', databaseUrl: config.databaseUrl });
  if (options.migrate !== false) {
    try {
      await migrate(store);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
};
