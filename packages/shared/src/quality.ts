/**
 * Data quality (issue 6; CM-6(3) and CM-6(5) data-quality analysis and evaluation, BM-7(4) quality
 * assessment, credibility rating and cleaning): the rules, and the flag bit set each reading carries.
 * The rules themselves are pure functions in packages/calc/src/quality; docs/QUALITY.md explains them.
 *
 * The bit set is stored (one integer per reading and per point-day), so a bit's position never changes:
 * a new flag is appended with the next free bit, never inserted. Bits 0–10 are one per rule; bit 11,
 * `estimated`, marks a value filled by a documented method instead of measured, so estimated and
 * measured values are never mixed silently.
 */
export const QUALITY_RULES = [
  'completeness',
  'gap',
  'range',
  'spike',
  'stuck',
  'negative',
  'rollover',
  'drift',
  'consistency',
  'balance',
  'calibration',
] as const;
export type QualityRule = (typeof QUALITY_RULES)[number];

export const QUALITY_FLAGS = [...QUALITY_RULES, 'estimated'] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

/** The bit of each flag. Stored: never renumber. */
export const QUALITY_FLAG_BITS: Readonly<Record<QualityFlag, number>> = {
  completeness: 1 << 0,
  gap: 1 << 1,
  range: 1 << 2,
  spike: 1 << 3,
  stuck: 1 << 4,
  negative: 1 << 5,
  rollover: 1 << 6,
  drift: 1 << 7,
  consistency: 1 << 8,
  balance: 1 << 9,
  calibration: 1 << 10,
  estimated: 1 << 11,
};

/** Every defined bit: a stored mask with any other bit set is corrupt. */
export const QUALITY_FLAG_MASK_ALL = QUALITY_FLAGS.reduce((mask, flag) => mask | QUALITY_FLAG_BITS[flag], 0);

/** The bits of the rules only: a reading with none of them set passed every rule evaluated on it. */
export const QUALITY_RULE_MASK = QUALITY_RULES.reduce((mask, rule) => mask | QUALITY_FLAG_BITS[rule], 0);

/** Chinese first (UI and documents), English available. A flag on a reading reads "this reading fails …". */
export const QUALITY_FLAG_LABELS: Readonly<Record<QualityFlag, { zh: string; en: string }>> = {
  completeness: { zh: '完整率不足', en: 'Completeness below threshold' },
  gap: { zh: '数据缺失', en: 'Gap (missing intervals)' },
  range: { zh: '超出限值', en: 'Out of range' },
  spike: { zh: '数据突变', en: 'Spike (rate of change)' },
  stuck: { zh: '数据不变（死值）', en: 'Stuck value' },
  negative: { zh: '负增量', en: 'Negative consumption' },
  rollover: { zh: '异常翻转', en: 'Rollover anomaly' },
  drift: { zh: '时标偏差', en: 'Timestamp drift' },
  consistency: { zh: '日月数据不一致', en: 'Daily–monthly inconsistency' },
  balance: { zh: '能量不平衡', en: 'Energy imbalance' },
  calibration: { zh: '器具无有效证书', en: 'No valid certificate' },
  estimated: { zh: '估算值', en: 'Estimated' },
};

/** Gap-filling methods (issue 6 §3): values they produce always carry the `estimated` bit. */
export const FILL_METHODS = ['linear', 'weekday_profile'] as const;
export type FillMethod = (typeof FILL_METHODS)[number];
export const FILL_METHOD_LABELS: Readonly<Record<FillMethod, { zh: string; en: string }>> = {
  linear: { zh: '线性插值', en: 'Linear interpolation' },
  weekday_profile: { zh: '同星期曲线', en: 'Same-weekday profile' },
};

/** ['gap', 'spike'] → 0b1010. */
export const toQualityFlagMask = (flags: readonly QualityFlag[]): number => flags.reduce((mask, flag) => mask | QUALITY_FLAG_BITS[flag], 0);

/** 0b1010 → ['gap', 'spike'], in bit order; bits that name no flag are ignored. */
export const listQualityFlags = (mask: number): QualityFlag[] => QUALITY_FLAGS.filter((flag) => (mask & QUALITY_FLAG_BITS[flag]) !== 0);

export const hasQualityFlag = (mask: number, flag: QualityFlag): boolean => (mask & QUALITY_FLAG_BITS[flag]) !== 0;
