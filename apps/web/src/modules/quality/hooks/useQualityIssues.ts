import type { QualityIssue } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** GET /api/organisations/:id/quality/issues: one row per point, day and rule, the latest day first. */
export const useQualityIssues = (enterpriseId: string, month: string) =>
  useQuery({
    queryKey: QUALITY_QUERY_KEYS.issues(enterpriseId, month),
    queryFn: ({ signal }) =>
      requestApi<QualityIssue[]>(`/api/organisations/${encodeURIComponent(enterpriseId)}/quality/issues`, { query: { month }, signal }),
  });
