import type { User } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { USER_QUERY_KEYS, type UserListParams } from '../utils/userQueryKeys.ts';

export const useUsers = (params: UserListParams) =>
  useQuery({
    queryKey: USER_QUERY_KEYS.list(params),
    queryFn: ({ signal }) => requestApi<Page<User>>('/api/users', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
