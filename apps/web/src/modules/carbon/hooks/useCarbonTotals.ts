import type { CarbonTotalGroup, CarbonTotals } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

/** GET /api/carbon/totals: the latest whole-year run of each enterprise in the caller's scope, grouped. */
export const useCarbonTotals = (year: number, by: CarbonTotalGroup) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.totals(year, by),
    queryFn: ({ signal }) => requestApi<CarbonTotals>('/api/carbon/totals', { query: { year, by }, signal }),
    placeholderData: keepPreviousData,
  });
