import type { EnergyReview } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

export const useEnergyReview = (id: string | undefined) =>
  useQuery({
    queryKey: ENERGY_QUERY_KEYS.review(id ?? ''),
    queryFn: ({ signal }) => requestApi<EnergyReview>(`/api/energy/reviews/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
