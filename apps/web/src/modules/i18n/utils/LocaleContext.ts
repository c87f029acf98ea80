import type { Locale } from '@jiliang/shared';
import { createContext } from 'react';

export type LocaleContextValue = { locale: Locale; setLocale: (locale: Locale) => void };

export const LocaleContext = createContext<LocaleContextValue | null>(null);
