import type { Locale } from '@jiliang/shared';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The judgement's own sentence (JJF 1033-2023 repeatability or stability, packages/calc) from a stored
 * check's `result`, in the person's language; undefined when the result carries none.
 */
export const readCheckMessage = (result: unknown, locale: Locale): string | undefined => {
  if (!isRecord(result)) return undefined;
  const message = locale === 'en' ? (result.messageEn ?? result.message) : result.message;
  return typeof message === 'string' ? message : undefined;
};
