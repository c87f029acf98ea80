import type { Organisation } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ORGANISATION_QUERY_KEYS } from '../utils/organisationQueryKeys.ts';

export const useOrganisation = (id: string, enabled = true) =>
  useQuery({
    queryKey: ORGANISATION_QUERY_KEYS.detail(id),
    queryFn: ({ signal }) => requestApi<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, { signal }),
    enabled,
  });
