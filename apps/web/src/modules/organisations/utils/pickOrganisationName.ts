import type { Locale } from '@jiliang/shared';

/** The official (Chinese) name, or the English one in English where the organisation has it. */
export const pickOrganisationName = (organisation: { name: string; nameEn: string | null }, locale: Locale): string =>
  locale === 'en' ? (organisation.nameEn ?? organisation.name) : organisation.name;
