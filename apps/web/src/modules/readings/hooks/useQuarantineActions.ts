import type { BatchReceipt } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateReadings } from './useInvalidateReadings.ts';

export type ReplayInput = { ids: string[]; corrections: Record<string, { value?: string }>; reason: string };

/** POST /api/quarantine/replay: a new batch and its receipt. */
export const useReplayQuarantine = () => {
  const invalidate = useInvalidateReadings();
  return useMutation({
    mutationFn: (input: ReplayInput) => requestApi<BatchReceipt>('/api/quarantine/replay', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};

/** POST /api/quarantine/dismiss: the rows are kept, marked dismissed with the reason. */
export const useDismissQuarantine = () => {
  const invalidate = useInvalidateReadings();
  return useMutation({
    mutationFn: (input: { ids: string[]; reason: string }) =>
      requestApi<{ dismissed: number }>('/api/quarantine/dismiss', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};
