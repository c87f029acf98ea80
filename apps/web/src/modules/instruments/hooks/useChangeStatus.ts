import type { Instrument, InstrumentStatus } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export type StatusChange = { status: InstrumentStatus; reason: string };

export const useChangeStatus = (id: string) => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: (change: StatusChange) =>
      requestApi<Instrument>(`/api/instruments/${encodeURIComponent(id)}/status`, { method: 'POST', body: change }),
    onSuccess: invalidate,
  });
};
