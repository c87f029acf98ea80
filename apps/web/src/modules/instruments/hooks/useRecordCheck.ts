import type { StandardCheckInput } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { StandardCheck } from '../utils/StandardCheck.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';

/** JJF 1033-2023: the server judges the check and answers with the verdict and the rule that gave it. */
export const useRecordCheck = (standardId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StandardCheckInput) =>
      requestApi<StandardCheck>(`/api/standards/${encodeURIComponent(standardId)}/checks`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STANDARD_QUERY_KEYS.checks(standardId) }),
  });
};
