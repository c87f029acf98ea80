import type { EnterpriseSource, EnterpriseSourceInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateCarbon } from './useInvalidateCarbon.ts';

export const useCreateSource = () => {
  const invalidate = useInvalidateCarbon();
  return useMutation({
    mutationFn: ({ enterpriseId, input }: { enterpriseId: string; input: EnterpriseSourceInput }) =>
      requestApi<EnterpriseSource>(`/api/organisations/${encodeURIComponent(enterpriseId)}/emission-sources`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: invalidate,
  });
};
