import type { Savings } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

export const useSavings = (unitId: string | undefined) =>
  useQuery({
    queryKey: ENERGY_QUERY_KEYS.savings(unitId ?? ''),
    queryFn: ({ signal }) => requestApi<Savings[]>(`/api/organisations/${encodeURIComponent(unitId ?? '')}/energy/savings`, { signal }),
    enabled: Boolean(unitId),
  });
