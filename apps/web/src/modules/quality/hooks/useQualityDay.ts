import type { QualityDay } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** GET …/points/:pointId/quality/days/:day: the day's readings with their flags, the estimates apart, the findings. */
export const useQualityDay = (enterpriseId: string, pointId: string, day: string) =>
  useQuery({
    queryKey: QUALITY_QUERY_KEYS.day(enterpriseId, pointId, day),
    queryFn: ({ signal }) =>
      requestApi<QualityDay>(
        `/api/organisations/${encodeURIComponent(enterpriseId)}/points/${encodeURIComponent(pointId)}/quality/days/${day}`,
        { signal },
      ),
  });
