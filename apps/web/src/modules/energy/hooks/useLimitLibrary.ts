import type { LimitLibrary } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

export const useLimitLibrary = () =>
  useQuery({
    queryKey: ENERGY_QUERY_KEYS.library,
    queryFn: ({ signal }) => requestApi<LimitLibrary>('/api/energy/limit-standards', { signal }),
    staleTime: Infinity,
  });
