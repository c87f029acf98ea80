import { AppError, type FieldIssue } from '@jiliang/shared';

/**
 * Field problems the way the energy core reports them (packages/calc energy-errors.ts, not exported there):
 * the JSON path, the rule with its clause, and the same words for people; VALIDATION_FAILED lists them all.
 */
export const createEnergyIssue = (field: string, rule: string): FieldIssue => ({ field, rule, message: `${field}: ${rule}` });

export const throwEnergyValidation = (what: string, issues: readonly FieldIssue[]): never => {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new AppError('VALIDATION_FAILED', `${what}: ${first ? `${first.field}: ${first.rule}` : 'invalid'}${more}`, [...issues]);
};
