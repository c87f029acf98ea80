import type { EnergyBalance } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

export const useEnergyBalance = (unitId: string | undefined, from: string, to: string, rootPointId: string | undefined) =>
  useQuery({
    queryKey: ENERGY_QUERY_KEYS.balance(unitId ?? '', from, to, rootPointId),
    queryFn: ({ signal }) =>
      requestApi<EnergyBalance>(`/api/organisations/${encodeURIComponent(unitId ?? '')}/energy/balance`, {
        query: { from, to, rootPointId },
        signal,
      }),
    enabled: Boolean(unitId),
    placeholderData: keepPreviousData,
    retry: false,
  });
