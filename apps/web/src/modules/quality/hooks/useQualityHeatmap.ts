import type { QualityHeatmap } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** GET /api/organisations/:id/quality/heatmap: point × day of the month. */
export const useQualityHeatmap = (enterpriseId: string | undefined, month: string) =>
  useQuery({
    queryKey: QUALITY_QUERY_KEYS.heatmap(enterpriseId ?? '', month),
    queryFn: ({ signal }) =>
      requestApi<QualityHeatmap>(`/api/organisations/${encodeURIComponent(enterpriseId ?? '')}/quality/heatmap`, {
        query: { month },
        signal,
      }),
    enabled: Boolean(enterpriseId),
    placeholderData: keepPreviousData,
  });
