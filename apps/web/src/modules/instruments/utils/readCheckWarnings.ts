const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The warnings a JJF 1033-2023 judgement adds (e.g. fewer than 10 readings), from a stored check's `result`. */
export const readCheckWarnings = (result: unknown): string[] =>
  isRecord(result) && Array.isArray(result.warnings) ? result.warnings.filter((w): w is string => typeof w === 'string') : [];
