import type { Capability } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { CapabilityInput } from '../utils/CapabilityInput.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';

export const useCreateCapability = (organisationId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CapabilityInput) =>
      requestApi<Capability>(`/api/organisations/${encodeURIComponent(organisationId)}/capabilities`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STANDARD_QUERY_KEYS.capabilities(organisationId) }),
  });
};
