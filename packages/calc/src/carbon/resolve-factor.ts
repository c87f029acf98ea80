/**
 * Which version of a factor applies on a day (issue 7 §1): of the versions whose effective range covers the day
 * (effectiveFrom ≤ day ≤ effectiveTo, open-ended when effectiveTo is null), the highest version. A correction is a
 * new version over the same days, so it wins; a new year's value is a version with a later effectiveFrom.
 * Dates are calendar dates 'YYYY-MM-DD' (Asia/Shanghai), compared as strings.
 */
export type FactorVersionRange = { version: number; effectiveFrom: string; effectiveTo: string | null };

export const coversDay = (v: FactorVersionRange, day: string): boolean =>
  v.effectiveFrom <= day && (v.effectiveTo === null || day <= v.effectiveTo);

export const resolveFactorVersion = <T extends FactorVersionRange>(versions: readonly T[], day: string): T | undefined =>
  versions.filter((v) => coversDay(v, day)).reduce<T | undefined>((best, v) => (!best || v.version > best.version ? v : best), undefined);

/** A version is superseded when a later version of the same code covers its first day. */
export const isFactorVersionSuperseded = (v: FactorVersionRange, all: readonly FactorVersionRange[]): boolean =>
  all.some((o) => o.version > v.version && coversDay(o, v.effectiveFrom));
