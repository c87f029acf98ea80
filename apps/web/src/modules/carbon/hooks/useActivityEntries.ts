import type { ActivityEntry } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

/** A source's manual entries, superseded ones included (they are shown struck through, never hidden). */
export const useActivityEntries = (sourceId: string) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.entries(sourceId),
    queryFn: ({ signal }) =>
      requestApi<ActivityEntry[]>(`/api/emission-sources/${encodeURIComponent(sourceId)}/activity-entries`, { signal }),
  });
