import type { Capability } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';

/** Withdraw or restore: a capability is never deleted, since past samplings (CM-15) drew from it. */
export const useSetCapabilityActive = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      requestApi<Capability>(`/api/capabilities/${encodeURIComponent(id)}/active`, { method: 'POST', body: { active } }),
    onSuccess: (capability) => queryClient.invalidateQueries({ queryKey: STANDARD_QUERY_KEYS.capabilities(capability.organisationId) }),
  });
};
