import type { Savings, SavingsRequest } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateEnergy } from './useInvalidateEnergy.ts';

export const useCreateSavings = (unitId: string) => {
  const invalidate = useInvalidateEnergy();
  return useMutation({
    mutationFn: (request: SavingsRequest) =>
      requestApi<Savings>(`/api/organisations/${encodeURIComponent(unitId)}/energy/savings`, { method: 'POST', body: request }),
    onSuccess: invalidate,
  });
};
