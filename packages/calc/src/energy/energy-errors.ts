import { AppError, type FieldIssue } from '@jiliang/shared';

/** One field problem: the JSON path, the rule (with its clause) and the same words for people. */
export const createEnergyIssue = (field: string, rule: string): FieldIssue => ({ field, rule, message: `${field}: ${rule}` });

/** Throw VALIDATION_FAILED listing every problem; the message names the first one. */
export const throwEnergyValidation = (what: string, issues: readonly FieldIssue[]): never => {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new AppError('VALIDATION_FAILED', `${what}: ${first ? `${first.field}: ${first.rule}` : 'invalid'}${more}`, [...issues]);
};

/** Fail fast on one field: a number that must be finite (and optionally > 0 or ≥ 0). */
export const requireNumber = (
  what: string,
  field: string,
  value: number,
  rule: 'finite' | 'positive' | 'non_negative' = 'finite',
): number => {
  const ok = Number.isFinite(value) && (rule === 'positive' ? value > 0 : rule === 'non_negative' ? value >= 0 : true);
  if (!ok)
    throwEnergyValidation(what, [
      createEnergyIssue(field, `must be a ${rule === 'finite' ? 'finite' : rule.replace('_', '-')} number, got ${value}`),
    ]);
  return value;
};

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (s: string): boolean => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
