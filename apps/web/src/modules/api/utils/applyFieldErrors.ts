import type { FormInstance } from 'antd';
import { isApiError } from './isApiError.ts';
import { readFieldIssues } from './readFieldIssues.ts';

/** Error codes that concern one field even though the server sends no field list with them. */
export type CodeFieldMap = Partial<Record<string, string>>;

/**
 * Puts the server's field-level problems on the form's fields. Returns how many it placed, so the
 * caller can still show the message when none of them matched a field on this form.
 */
export const applyFieldErrors = (
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
  codeFields: CodeFieldMap = {},
): number => {
  if (!isApiError(error)) return 0;
  const known = new Set(fieldNames);
  const byField = new Map<string, string[]>();
  for (const issue of readFieldIssues(error)) {
    const field = issue.field.replace(/^body\./, '').split('.')[0] ?? issue.field;
    if (!known.has(field)) continue;
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  const codeField = codeFields[error.code];
  if (byField.size === 0 && codeField && known.has(codeField)) byField.set(codeField, [error.message]);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size;
};
