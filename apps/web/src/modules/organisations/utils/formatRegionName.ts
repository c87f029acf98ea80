import { HUBEI_REGIONS, type Locale } from '@jiliang/shared';

export const formatRegionName = (regionCode: string | null, locale: Locale): string => {
  if (!regionCode) return '—';
  const region = HUBEI_REGIONS.find((candidate) => candidate.code === regionCode);
  if (!region) return regionCode;
  return locale === 'en' ? region.nameEn : region.name;
};
