import type { ActivityEntry, ActivityEntryInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateCarbon } from './useInvalidateCarbon.ts';

export const useAddActivityEntry = () => {
  const invalidate = useInvalidateCarbon();
  return useMutation({
    mutationFn: ({ sourceId, input }: { sourceId: string; input: ActivityEntryInput }) =>
      requestApi<ActivityEntry>(`/api/emission-sources/${encodeURIComponent(sourceId)}/activity-entries`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};
