import type { Locale } from '@jiliang/shared';

export type BilingualLabel = { zh: string; en: string };

export const pickLabel = (label: BilingualLabel, locale: Locale): string => (locale === 'en' ? label.en : label.zh);
