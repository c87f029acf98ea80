import type { QualityTrend } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** GET /api/institutions/:id/quality/trend: the monthly credibility of the institution's enterprises (≤ 24 months). */
export const useQualityTrend = (institutionId: string | undefined, from: string, to: string) =>
  useQuery({
    queryKey: QUALITY_QUERY_KEYS.trend(institutionId ?? '', from, to),
    queryFn: ({ signal }) =>
      requestApi<QualityTrend>(`/api/institutions/${encodeURIComponent(institutionId ?? '')}/quality/trend`, {
        query: { from, to },
        signal,
      }),
    enabled: Boolean(institutionId),
    placeholderData: keepPreviousData,
  });
