import { requireIntegerAtLeast, requireNonNegative, throwQualityInput } from './quality-input.ts';

/**
 * Credibility score per point, enterprise and period (issue 6 §4; BM-7(4) credibility rating, CM-6(5)
 * data-quality evaluation). Our formula; no standard states one.
 *
 * Four parts, each 0–1, from counts that add up across points and days:
 *   completeness = min(1, received / expected)            slots with a measured reading (rule 1)
 *   validity     = valid readings / readings              readings that fail none of range, spike, stuck,
 *                                                         negative, rollover and drift (rules 3–8)
 *   calibration  = calibrated readings / readings checked readings taken with a usable certificate (rule 11)
 *   balance      = Σ closure / balance checks             closure 1 within the MPE tolerance, else U/|D| (rule 10)
 *   score = 100 × Σ w·part / Σ w over the parts that apply, weights 30 / 30 / 20 / 20 %.
 *
 * Why: completeness and validity say whether the data is there and plausible, so they carry 60 %;
 * calibration coverage is the metrological standing of the readings (the move from estimating to
 * measuring, CM-6(5)) and balance closure the cross-check between meters, 20 % each. A part applies when
 * its denominator is not 0: a point with no children has no balance check, and its score is over the other
 * three (renormalised weights). Counts, not scores, are added, so a month is its days summed and an
 * enterprise its points summed, in any order; a point read every 15 min weighs 96 times a daily one, as
 * its readings do. Grades: A ≥ 90, B ≥ 75, C ≥ 60, D below (our choice).
 */
export type CredibilityCounts = {
  expected: number;
  received: number;
  readings: number;
  validReadings: number;
  calibrationChecked: number;
  calibratedReadings: number;
  balanceChecks: number;
  balanceClosureSum: number;
};

export type CredibilityPart = 'completeness' | 'validity' | 'calibration' | 'balance';

/** In percent; divided by their sum over the parts that apply (30 / 80 = 0.375 exactly, 0.3 / 0.8 is not). */
export const CREDIBILITY_WEIGHTS: Readonly<Record<CredibilityPart, number>> = {
  completeness: 30,
  validity: 30,
  calibration: 20,
  balance: 20,
};

export type CredibilityGrade = 'A' | 'B' | 'C' | 'D';

export type CredibilityScore = {
  /** 0–100; null when no part applies. */
  score: number | null;
  grade: CredibilityGrade | null;
  /** Each part 0–1, null when it does not apply. */
  parts: Record<CredibilityPart, number | null>;
  /** The weights actually used (renormalised over the parts that apply). */
  weights: Record<CredibilityPart, number>;
  counts: CredibilityCounts;
};

export const EMPTY_CREDIBILITY_COUNTS: Readonly<CredibilityCounts> = {
  expected: 0,
  received: 0,
  readings: 0,
  validReadings: 0,
  calibrationChecked: 0,
  calibratedReadings: 0,
  balanceChecks: 0,
  balanceClosureSum: 0,
};

const COUNT_FIELDS = Object.keys(EMPTY_CREDIBILITY_COUNTS) as (keyof CredibilityCounts)[];

const checkCounts = (counts: CredibilityCounts, field: string): void => {
  for (const key of COUNT_FIELDS) {
    if (key === 'balanceClosureSum') requireNonNegative(counts[key], `${field}.${key}`);
    else requireIntegerAtLeast(counts[key], 0, `${field}.${key}`);
  }
  const pairs: [keyof CredibilityCounts, keyof CredibilityCounts][] = [
    ['received', 'expected'],
    ['validReadings', 'readings'],
    ['calibratedReadings', 'calibrationChecked'],
    ['balanceClosureSum', 'balanceChecks'],
  ];
  for (const [part, whole] of pairs) {
    if (counts[part] > counts[whole]) {
      throwQualityInput(`${field}.${part}`, `not_above_${whole}`, `${part} 不能大于 ${whole}`, `${part} must not exceed ${whole}`);
    }
  }
};

/** Counts of several points or periods as one (field by field). */
export const sumCredibilityCounts = (list: readonly CredibilityCounts[]): CredibilityCounts => {
  const total: CredibilityCounts = { ...EMPTY_CREDIBILITY_COUNTS };
  list.forEach((counts, i) => {
    checkCounts(counts, `counts[${i}]`);
    for (const key of COUNT_FIELDS) total[key] += counts[key];
  });
  return total;
};

const gradeOf = (score: number): CredibilityGrade => (score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 60 ? 'C' : 'D');

export const scoreCredibility = (counts: CredibilityCounts): CredibilityScore => {
  checkCounts(counts, 'counts');
  const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
  const parts: Record<CredibilityPart, number | null> = {
    // received ≤ expected is checked above; a completeness above 1 cannot arise.
    completeness: ratio(counts.received, counts.expected),
    validity: ratio(counts.validReadings, counts.readings),
    calibration: ratio(counts.calibratedReadings, counts.calibrationChecked),
    balance: ratio(counts.balanceClosureSum, counts.balanceChecks),
  };
  const applying = (Object.keys(parts) as CredibilityPart[]).filter((part) => parts[part] !== null);
  const weightSum = applying.reduce((sum, part) => sum + CREDIBILITY_WEIGHTS[part], 0);
  const weights: Record<CredibilityPart, number> = { completeness: 0, validity: 0, calibration: 0, balance: 0 };
  for (const part of applying) weights[part] = CREDIBILITY_WEIGHTS[part] / weightSum;
  if (applying.length === 0) return { score: null, grade: null, parts, weights, counts: { ...counts } };
  // Rounded to 1e-9 so that binary noise (89.99999999999999 for parts of 0.9) does not change the grade.
  const score = Math.round(1e11 * applying.reduce((sum, part) => sum + weights[part] * (parts[part] as number), 0)) / 1e9;
  return { score, grade: gradeOf(score), parts, weights, counts: { ...counts } };
};
