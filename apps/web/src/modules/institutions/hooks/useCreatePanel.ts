import type { CreatePanel } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateInstitution } from './useInvalidateInstitution.ts';

export type CreatedPanel = CreatePanel & { id: string; caseId: string };

/** CM-10, CM-14 / BM-11, BM-15: the Province forms an expert panel under a team leader. */
export const useCreatePanel = (organisationId: string) => {
  const invalidate = useInvalidateInstitution();
  return useMutation({
    mutationFn: (input: CreatePanel) =>
      requestApi<CreatedPanel>(`/api/institutions/${encodeURIComponent(organisationId)}/case/panels`, { method: 'POST', body: input }),
    onSuccess: () => invalidate(),
  });
};
