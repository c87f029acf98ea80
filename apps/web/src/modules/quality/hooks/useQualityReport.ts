import type { QualityReport } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** GET /api/organisations/:id/quality/report: the monthly data-quality report (CM-6(5)). */
export const useQualityReport = (enterpriseId: string, month: string) =>
  useQuery({
    queryKey: QUALITY_QUERY_KEYS.report(enterpriseId, month),
    queryFn: ({ signal }) =>
      requestApi<QualityReport>(`/api/organisations/${encodeURIComponent(enterpriseId)}/quality/report`, { query: { month }, signal }),
  });
