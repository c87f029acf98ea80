import type { Me } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { isMeQueryKey } from '../utils/isMeQueryKey.ts';
import { ME_QUERY_KEY } from '../utils/meQueryKey.ts';

export type LoginInput = { username: string; password: string };

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => requestApi<Me>('/api/auth/login', { method: 'POST', body: input }),
    onSuccess: (me) => {
      // Nothing cached before sign-in belongs to this person.
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void queryClient.resetQueries({ predicate: (query) => !isMeQueryKey(query.queryKey) });
    },
  });
};
