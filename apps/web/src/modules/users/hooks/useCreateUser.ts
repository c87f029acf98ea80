import type { CreateUser, User } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { USER_QUERY_KEYS } from '../utils/userQueryKeys.ts';

export const useCreateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUser) => requestApi<User>('/api/users', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USER_QUERY_KEYS.all }),
  });
};
