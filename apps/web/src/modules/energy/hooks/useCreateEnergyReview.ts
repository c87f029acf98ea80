import type { EnergyReview, EnergyReviewRequest } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateEnergy } from './useInvalidateEnergy.ts';

export const useCreateEnergyReview = (unitId: string) => {
  const invalidate = useInvalidateEnergy();
  return useMutation({
    mutationFn: (request: EnergyReviewRequest) =>
      requestApi<EnergyReview>(`/api/organisations/${encodeURIComponent(unitId)}/energy/reviews`, { method: 'POST', body: request }),
    onSuccess: invalidate,
  });
};
