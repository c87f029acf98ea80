import type { User } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { USER_QUERY_KEYS } from '../../users/utils/userQueryKeys.ts';

/** The largest page the API serves; the province's experts fit in one. */
const EXPERTS_PAGE_SIZE = 200;

/** Users holding the expert role somewhere (CM-10: panels are drawn from the expert pool). */
export const useExperts = (enabled: boolean) =>
  useQuery({
    queryKey: USER_QUERY_KEYS.list({ page: 1, pageSize: EXPERTS_PAGE_SIZE }),
    queryFn: ({ signal }) => requestApi<Page<User>>('/api/users', { query: { page: 1, pageSize: EXPERTS_PAGE_SIZE }, signal }),
    select: (page) => page.items.filter((user) => user.memberships.some((membership) => membership.role === 'expert')),
    enabled,
  });
