import type { Locale } from '@jiliang/shared';
import { LOCALE_STORAGE_KEY } from './localeStorageKey.ts';

export const writeStoredLocale = (locale: Locale): void => {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
};
