import type { Pipeline } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';

/** Reminders stay current while the app is open: deadlines pass whether or not anyone clicks. */
const REFRESH_MS = 5 * 60_000;

/** The board, scoped by the server: the Province sees all, a local bureau its prefecture, staff their own, experts their panels. */
export const usePipeline = (enabled = true) =>
  useQuery({
    queryKey: INSTITUTION_QUERY_KEYS.pipeline,
    queryFn: ({ signal }) => requestApi<Pipeline>('/api/institutions/pipeline', { signal }),
    enabled,
    refetchInterval: REFRESH_MS,
  });
