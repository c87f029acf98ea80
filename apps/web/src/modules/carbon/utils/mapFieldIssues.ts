import type { FieldIssue } from '@jiliang/shared';
import { describeFieldIssue } from './describeFieldIssue.ts';

export type FormFieldError = { name: (string | number)[]; errors: string[] };

/**
 * The server's field problems placed on a form's fields: `resolve` turns a server path ('periodEnd',
 * 'parameters.carbonContent') into the form's name path, or undefined when the form has no such field; problems of
 * one field are listed together.
 */
export const mapFieldIssues = (
  issues: readonly FieldIssue[],
  resolve: (field: string) => (string | number)[] | undefined,
): FormFieldError[] => {
  const byField = new Map<string, FormFieldError>();
  for (const issue of issues) {
    const name = resolve(issue.field.replace(/^body\./, ''));
    if (!name) continue;
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(describeFieldIssue(issue));
    byField.set(key, entry);
  }
  return [...byField.values()];
};
