import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/utils/isApiError.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { CaseScoring } from '../utils/CaseScoring.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';

/** This round's scoring (sheets, CM-15 sample, proposed score); null where the server has no scoring service. */
export const useCaseScoring = (organisationId: string, enabled: boolean) =>
  useQuery({
    queryKey: INSTITUTION_QUERY_KEYS.scoring(organisationId),
    queryFn: async ({ signal }): Promise<CaseScoring | null> => {
      try {
        return await requestApi<CaseScoring>(`/api/institutions/${encodeURIComponent(organisationId)}/case/scoring`, { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
