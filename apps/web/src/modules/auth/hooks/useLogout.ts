import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { requestApi } from '../../api/utils/requestApi.ts';
import { isMeQueryKey } from '../utils/isMeQueryKey.ts';
import { ME_QUERY_KEY } from '../utils/meQueryKey.ts';

export const useLogout = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => requestApi<undefined>('/api/auth/logout', { method: 'POST' }),
    // Signed out either way: a failed logout (session already gone) must not keep the person in.
    onSettled: () => {
      void navigate('/login', { replace: true });
      queryClient.setQueryData(ME_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (query) => !isMeQueryKey(query.queryKey) });
    },
  });
};
