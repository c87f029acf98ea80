import type { InstitutionCase } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/utils/isApiError.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { ApplyStepInput } from '../utils/ApplyStepInput.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';
import { useInvalidateInstitution } from './useInvalidateInstitution.ts';

/** One lifecycle step; the server answers with the case as it now stands. */
export const useApplyStep = (organisationId: string) => {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateInstitution();
  return useMutation({
    mutationFn: (input: ApplyStepInput) =>
      requestApi<InstitutionCase>(`/api/institutions/${encodeURIComponent(organisationId)}/case/events`, { method: 'POST', body: input }),
    onSuccess: (caseView) => {
      queryClient.setQueryData(INSTITUTION_QUERY_KEYS.case(organisationId), caseView);
      return invalidate();
    },
    // Someone else moved the case meanwhile (409 CONFLICT): show them the case as it stands now.
    onError: (error) => (isApiError(error, 'CONFLICT') ? invalidate() : undefined),
  });
};
