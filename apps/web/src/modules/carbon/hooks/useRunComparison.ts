import type { RunComparison } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

/** Per source: the change of tCO2 and activity, and the factor versions that changed (a → b). */
export const useRunComparison = (id: string, otherId: string | undefined) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.compare(id, otherId ?? ''),
    queryFn: ({ signal }) =>
      requestApi<RunComparison>(`/api/accounting-runs/${encodeURIComponent(id)}/compare/${encodeURIComponent(otherId ?? '')}`, { signal }),
    enabled: Boolean(otherId),
    staleTime: Infinity,
  });
