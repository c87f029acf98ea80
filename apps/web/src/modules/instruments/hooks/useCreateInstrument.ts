import type { Instrument, InstrumentInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export const useCreateInstrument = () => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: ({ ownerId, input }: { ownerId: string; input: InstrumentInput }) =>
      requestApi<Instrument>(`/api/organisations/${encodeURIComponent(ownerId)}/instruments`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};
