import type { AccountingRun } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

/** A run's record and result; a run never changes, so it is fetched once. */
export const useAccountingRun = (id: string) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.run(id),
    queryFn: ({ signal }) => requestApi<AccountingRun>(`/api/accounting-runs/${encodeURIComponent(id)}`, { signal }),
    staleTime: Infinity,
  });
