import type { Me } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/utils/isApiError.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ME_QUERY_KEY } from '../utils/meQueryKey.ts';

const fetchMe = async ({ signal }: { signal: AbortSignal }): Promise<Me | null> => {
  try {
    return await requestApi<Me>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error, 'AUTH_REQUIRED')) return null;
    throw error;
  }
};

/** The signed-in person, or null when nobody is signed in. */
export const useMe = () => useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
