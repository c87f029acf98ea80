import type { InstitutionCase } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';

/** The case of one institution; NOT_FOUND until it applies. */
export const useInstitutionCase = (organisationId: string) =>
  useQuery({
    queryKey: INSTITUTION_QUERY_KEYS.case(organisationId),
    queryFn: ({ signal }) => requestApi<InstitutionCase>(`/api/institutions/${encodeURIComponent(organisationId)}/case`, { signal }),
  });
