import type { Point } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { READING_QUERY_KEYS } from '../utils/readingQueryKeys.ts';

export const usePoints = (enterpriseId: string | undefined) =>
  useQuery({
    queryKey: READING_QUERY_KEYS.points(enterpriseId ?? ''),
    queryFn: ({ signal }) => requestApi<Point[]>(`/api/organisations/${encodeURIComponent(enterpriseId ?? '')}/points`, { signal }),
    enabled: Boolean(enterpriseId),
  });
