import type { Benchmark } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

export const useBenchmarks = (unitId: string | undefined) =>
  useQuery({
    queryKey: ENERGY_QUERY_KEYS.benchmarks(unitId ?? ''),
    queryFn: ({ signal }) =>
      requestApi<Benchmark[]>(`/api/organisations/${encodeURIComponent(unitId ?? '')}/energy/benchmarks`, { signal }),
    enabled: Boolean(unitId),
  });
