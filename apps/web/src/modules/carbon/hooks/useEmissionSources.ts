import type { EnterpriseSource } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

export const useEmissionSources = (enterpriseId: string | undefined) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.sources(enterpriseId ?? ''),
    queryFn: ({ signal }) =>
      requestApi<EnterpriseSource[]>(`/api/organisations/${encodeURIComponent(enterpriseId ?? '')}/emission-sources`, { signal }),
    enabled: Boolean(enterpriseId),
  });
