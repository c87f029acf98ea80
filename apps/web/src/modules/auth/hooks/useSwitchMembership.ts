import type { Me } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { requestApi } from '../../api/utils/requestApi.ts';
import { isMeQueryKey } from '../utils/isMeQueryKey.ts';
import { ME_QUERY_KEY } from '../utils/meQueryKey.ts';

/**
 * Acting in another role or organisation changes what every list shows and which pages are open,
 * so all other data is refetched and the person lands on the new role's home.
 */
export const useSwitchMembership = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (membershipId: string) => requestApi<Me>('/api/auth/active-membership', { method: 'PUT', body: { membershipId } }),
    onSuccess: (me) => {
      void navigate('/');
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void queryClient.resetQueries({ predicate: (query) => !isMeQueryKey(query.queryKey) });
    },
  });
};
