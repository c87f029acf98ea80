import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { BatchRow } from '../utils/ReadingViews.ts';
import { READING_QUERY_KEYS } from '../utils/readingQueryKeys.ts';

export const useBatches = (enterpriseId: string) =>
  useQuery({
    queryKey: READING_QUERY_KEYS.batches(enterpriseId),
    queryFn: ({ signal }) =>
      requestApi<BatchRow[]>(`/api/organisations/${encodeURIComponent(enterpriseId)}/batches`, { query: { limit: 100 }, signal }),
  });
