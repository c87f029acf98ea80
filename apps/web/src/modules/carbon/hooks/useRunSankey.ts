import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { EmissionsSankeyView } from '../utils/buildSankeyOption.ts';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

export const useRunSankey = (id: string) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.sankey(id),
    queryFn: ({ signal }) => requestApi<EmissionsSankeyView>(`/api/accounting-runs/${encodeURIComponent(id)}/sankey`, { signal }),
    staleTime: Infinity,
  });
