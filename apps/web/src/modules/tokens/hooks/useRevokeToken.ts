import type { ApiToken } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { TOKEN_QUERY_KEYS } from '../utils/tokenQueryKeys.ts';

export const useRevokeToken = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => requestApi<ApiToken>(`/api/tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKEN_QUERY_KEYS.all }),
  });
};
