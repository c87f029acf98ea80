import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { QuarantineRow } from '../utils/ReadingViews.ts';
import { READING_QUERY_KEYS } from '../utils/readingQueryKeys.ts';

/** The open rows of an enterprise's quarantine. */
export const useQuarantine = (enterpriseId: string) =>
  useQuery({
    queryKey: READING_QUERY_KEYS.quarantine(enterpriseId),
    queryFn: ({ signal }) =>
      requestApi<QuarantineRow[]>(`/api/organisations/${encodeURIComponent(enterpriseId)}/quarantine`, {
        query: { status: 'open' },
        signal,
      }),
  });
