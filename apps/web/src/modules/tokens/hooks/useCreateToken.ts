import type { ApiToken, CreateToken } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { TOKEN_QUERY_KEYS } from '../utils/tokenQueryKeys.ts';

/** The secret is in this answer only; the server keeps its hash. */
export type CreatedToken = { token: ApiToken; secret: string };

export const useCreateToken = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateToken) => requestApi<CreatedToken>('/api/tokens', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKEN_QUERY_KEYS.all }),
  });
};
