import type { Capability } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';

export const useCapabilities = (organisationId: string | undefined) =>
  useQuery({
    queryKey: STANDARD_QUERY_KEYS.capabilities(organisationId ?? ''),
    queryFn: ({ signal }) =>
      requestApi<Capability[]>(`/api/organisations/${encodeURIComponent(organisationId ?? '')}/capabilities`, { signal }),
    enabled: organisationId !== undefined,
  });
