import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '../../auth/utils/meQueryKey.ts';
import { isApiError } from './isApiError.ts';

const MAX_RETRIES = 2;

/** Client errors (4xx) will not change on retry; network and server errors may. */
const shouldRetry = (failureCount: number, error: unknown): boolean => {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
};

export const createQueryClient = (): QueryClient => {
  // A session that ended (expiry, logout elsewhere) surfaces as AUTH_REQUIRED on any request:
  // forget who was signed in, and the route guard sends the person to the login page.
  const forgetSessionOnAuthRequired = (error: unknown): void => {
    if (isApiError(error, 'AUTH_REQUIRED')) client.setQueryData(ME_QUERY_KEY, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: forgetSessionOnAuthRequired }),
    mutationCache: new MutationCache({ onError: forgetSessionOnAuthRequired }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
};
