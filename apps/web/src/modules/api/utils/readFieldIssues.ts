import type { FieldIssue } from '@jiliang/shared';
import type { ApiError } from './ApiError.ts';

const isFieldIssue = (value: unknown): value is FieldIssue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).field === 'string' &&
  typeof (value as Record<string, unknown>).message === 'string';

/** The field-level problems of a VALIDATION_FAILED answer; [] for any other error. */
export const readFieldIssues = (error: ApiError): FieldIssue[] => (Array.isArray(error.details) ? error.details.filter(isFieldIssue) : []);
