import { isApiError } from '../../api/utils/isApiError.ts';
import { readFieldIssues } from '../../api/utils/readFieldIssues.ts';

const ARTICLE_PREFIX = /^((?:CM|BM)-\d+(?:\(\d+\))?)/;

/**
 * The article a refusal names: LIFECYCLE_RULE and LIFECYCLE_NOT_ALLOWED carry it in details.article;
 * a VALIDATION_FAILED issue states it at the head of its rule ("CM-10: no expert from …").
 */
export const readErrorArticle = (error: unknown): string | undefined => {
  if (!isApiError(error)) return undefined;
  const details = error.details;
  if (typeof details === 'object' && details !== null && !Array.isArray(details)) {
    const article = (details as Record<string, unknown>).article;
    if (typeof article === 'string') return article;
  }
  return readFieldIssues(error)
    .map((issue) => ARTICLE_PREFIX.exec(issue.rule)?.[1])
    .find((article) => article !== undefined);
};
