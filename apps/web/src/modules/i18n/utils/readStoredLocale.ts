import type { Locale } from '@jiliang/shared';
import { LOCALE_STORAGE_KEY } from './localeStorageKey.ts';

/** Chinese first (ARCHITECTURE: quality bar); English only when the person chose it. */
export const readStoredLocale = (): Locale => {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
};
