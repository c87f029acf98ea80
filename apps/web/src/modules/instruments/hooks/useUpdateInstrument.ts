import type { Instrument, InstrumentInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

/** PUT with the version that was read: the server refuses an edit of a changed instrument (CONFLICT). */
export const useUpdateInstrument = (id: string) => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: ({ version, instrument }: { version: number; instrument: InstrumentInput }) =>
      requestApi<Instrument>(`/api/instruments/${encodeURIComponent(id)}`, { method: 'PUT', body: { version, instrument } }),
    onSuccess: invalidate,
  });
};
