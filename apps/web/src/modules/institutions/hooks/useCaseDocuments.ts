import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/utils/isApiError.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { CaseDocument } from '../utils/CaseDocument.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';

/** The documents of a case; null where the server answers 404 (no documents service), so the section hides. */
export const useCaseDocuments = (organisationId: string, enabled: boolean) =>
  useQuery({
    queryKey: INSTITUTION_QUERY_KEYS.documents(organisationId),
    queryFn: async ({ signal }): Promise<CaseDocument[] | null> => {
      try {
        return await requestApi<CaseDocument[]>(`/api/institutions/${encodeURIComponent(organisationId)}/case/documents`, { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
