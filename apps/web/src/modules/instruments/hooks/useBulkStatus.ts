import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { StatusChange } from './useChangeStatus.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export type BulkStatusResult = { changed: number; unchanged: number; status: string; label: string };

export const useBulkStatus = () => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: (change: StatusChange & { ids: string[] }) =>
      requestApi<BulkStatusResult>('/api/instruments/bulk-status', { method: 'POST', body: change }),
    onSuccess: invalidate,
  });
};
