import type { DemandAnalysis } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

export const useDemandAnalysis = (institutionId: string | undefined) =>
  useQuery({
    queryKey: ENERGY_QUERY_KEYS.demand(institutionId ?? ''),
    queryFn: ({ signal }) =>
      requestApi<DemandAnalysis>(`/api/institutions/${encodeURIComponent(institutionId ?? '')}/energy/demand`, { signal }),
    enabled: Boolean(institutionId),
  });
