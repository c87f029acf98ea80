import type { InstitutionCase, OpenCase } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';
import { useInvalidateInstitution } from './useInvalidateInstitution.ts';

/** CM-7, CM-8 / BM-8, BM-9: the unit opens its application. */
export const useOpenCase = (organisationId: string) => {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateInstitution();
  return useMutation({
    mutationFn: (input: OpenCase) =>
      requestApi<InstitutionCase>(`/api/institutions/${encodeURIComponent(organisationId)}/case`, { method: 'POST', body: input }),
    onSuccess: (caseView) => {
      queryClient.setQueryData(INSTITUTION_QUERY_KEYS.case(organisationId), caseView);
      return invalidate();
    },
  });
};
