import type { AccountingRun, AccountingRunInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateCarbon } from './useInvalidateCarbon.ts';

/** 碳排放核算: the server builds the record, computes and stores the run. */
export const useCreateRun = () => {
  const invalidate = useInvalidateCarbon();
  return useMutation({
    mutationFn: ({ enterpriseId, input }: { enterpriseId: string; input: AccountingRunInput }) =>
      requestApi<AccountingRun>(`/api/organisations/${encodeURIComponent(enterpriseId)}/accounting-runs`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};
