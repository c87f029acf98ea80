import { QUALITY_FLAG_LABELS, listQualityFlags, type Locale, type QualityFlag } from '@jiliang/shared';

/** A stored flag mask as labels in bit order (packages/shared quality.ts): 0b1010 → ['数据缺失', '数据突变']. */
export const listFlagLabels = (mask: number, locale: Locale): { flag: QualityFlag; label: string }[] =>
  listQualityFlags(mask).map((flag) => ({ flag, label: locale === 'en' ? QUALITY_FLAG_LABELS[flag].en : QUALITY_FLAG_LABELS[flag].zh }));
