import type { MeasurementStandard } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { StandardInput } from '../utils/StandardInput.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export const useCreateStandard = () => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: (input: StandardInput) => requestApi<MeasurementStandard>('/api/standards', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};
