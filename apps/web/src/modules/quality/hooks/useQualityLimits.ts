import type { QualityLimits } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** GET …/points/:pointId/quality/limits. */
export const useQualityLimits = (enterpriseId: string, pointId: string | undefined) =>
  useQuery({
    queryKey: QUALITY_QUERY_KEYS.limits(enterpriseId, pointId ?? ''),
    queryFn: ({ signal }) =>
      requestApi<QualityLimits>(
        `/api/organisations/${encodeURIComponent(enterpriseId)}/points/${encodeURIComponent(pointId ?? '')}/quality/limits`,
        { signal },
      ),
    enabled: Boolean(pointId),
  });
