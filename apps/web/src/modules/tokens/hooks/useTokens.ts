import type { ApiToken } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { TOKEN_QUERY_KEYS } from '../utils/tokenQueryKeys.ts';

export const useTokens = (organisationId: string | undefined) =>
  useQuery({
    queryKey: TOKEN_QUERY_KEYS.list(organisationId),
    queryFn: ({ signal }) => requestApi<Page<ApiToken>>('/api/tokens', { query: { organisationId }, signal }),
  });
