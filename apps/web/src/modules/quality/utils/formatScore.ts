/**
 * A credibility score (0–100, packages/calc credibility-score.ts) for display: one decimal, half-up (rounding only at
 * presentation, ARCHITECTURE rule 8); '—' when no part applies (null).
 */
export const formatScore = (score: number | null | undefined): string =>
  score === null || score === undefined || !Number.isFinite(score)
    ? '—'
    : new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, roundingMode: 'halfExpand' }).format(score);
