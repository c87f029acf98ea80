import type { EnergyReviewSummary } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

export const useEnergyReviews = (unitId: string | undefined, page: number, pageSize: number) =>
  useQuery({
    queryKey: ENERGY_QUERY_KEYS.reviews(unitId ?? '', page, pageSize),
    queryFn: ({ signal }) =>
      requestApi<Page<EnergyReviewSummary>>(`/api/organisations/${encodeURIComponent(unitId ?? '')}/energy/reviews`, {
        query: { page, pageSize },
        signal,
      }),
    enabled: Boolean(unitId),
    placeholderData: keepPreviousData,
  });
