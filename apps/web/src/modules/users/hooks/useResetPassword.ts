import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { USER_QUERY_KEYS } from '../utils/userQueryKeys.ts';

export type ResetPasswordInput = { userId: string; password: string };

export const useResetPassword = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, password }: ResetPasswordInput) =>
      requestApi<undefined>(`/api/users/${encodeURIComponent(userId)}/password`, { method: 'PUT', body: { password } }),
    // A reset may lift a lock-out, which the list shows.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USER_QUERY_KEYS.all }),
  });
};
