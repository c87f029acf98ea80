import type { Site } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ORGANISATION_QUERY_KEYS } from '../utils/organisationQueryKeys.ts';

/** The largest page the API serves (pageQuerySchema); an enterprise's sites fit in one. */
const SITES_PAGE_SIZE = 200;

export const useOrganisationSites = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ORGANISATION_QUERY_KEYS.sites(id),
    queryFn: ({ signal }) =>
      requestApi<Page<Site>>(`/api/organisations/${encodeURIComponent(id)}/sites`, {
        query: { page: 1, pageSize: SITES_PAGE_SIZE },
        signal,
      }),
    enabled,
  });
