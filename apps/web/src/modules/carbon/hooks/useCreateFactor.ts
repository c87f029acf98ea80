import type { EmissionFactor, EmissionFactorInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateCarbon } from './useInvalidateCarbon.ts';

/** POST /api/carbon/factors: a new code (version 1) or the next version of one; nothing is edited in place. */
export const useCreateFactor = () => {
  const invalidate = useInvalidateCarbon();
  return useMutation({
    mutationFn: (input: EmissionFactorInput) => requestApi<EmissionFactor>('/api/carbon/factors', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};
