import type { FormInstance } from 'antd';
import { isApiError } from '../../api/utils/isApiError.ts';
import { readFieldIssues } from '../../api/utils/readFieldIssues.ts';
import { mapFieldIssues } from './mapFieldIssues.ts';

/** Puts a VALIDATION_FAILED answer's problems on the form's fields (via `resolve`); returns how many fields got one. */
export const applyFieldIssues = (
  form: FormInstance,
  error: unknown,
  resolve: (field: string) => (string | number)[] | undefined,
): number => {
  if (!isApiError(error)) return 0;
  const fields = mapFieldIssues(readFieldIssues(error), resolve);
  form.setFields(fields);
  return fields.length;
};
