import { isApiError } from '../../api/utils/isApiError.ts';

/** The article a refused step names (LIFECYCLE_RULE / LIFECYCLE_NOT_ALLOWED carry it in details.article). */
export const readErrorArticle = (error: unknown): string | undefined => {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return undefined;
  const article = (error.details as Record<string, unknown>).article;
  return typeof article === 'string' ? article : undefined;
};
