import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateInstitution } from './useInvalidateInstitution.ts';

export type SweepResult = { applied: { organisationId: string; event: string }[] };

/** CM-13, CM-16: the Province runs the deadline check by hand (propose revocation, lapse a rectification). */
export const useSweepDeadlines = () => {
  const invalidate = useInvalidateInstitution();
  return useMutation({
    mutationFn: () => requestApi<SweepResult>('/api/institutions/sweep', { method: 'POST' }),
    onSuccess: () => invalidate(),
  });
};
