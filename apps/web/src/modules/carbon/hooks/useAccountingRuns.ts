import type { AccountingRunSummary } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

/** An enterprise's runs, the latest period first. */
export const useAccountingRuns = (enterpriseId: string | undefined) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.runs(enterpriseId ?? ''),
    queryFn: ({ signal }) =>
      requestApi<AccountingRunSummary[]>(`/api/organisations/${encodeURIComponent(enterpriseId ?? '')}/accounting-runs`, { signal }),
    enabled: Boolean(enterpriseId),
  });
