import type { Organisation } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ORGANISATION_QUERY_KEYS, type OrganisationListParams } from '../utils/organisationQueryKeys.ts';

export const useOrganisations = (params: OrganisationListParams) =>
  useQuery({
    queryKey: ORGANISATION_QUERY_KEYS.list(params),
    queryFn: ({ signal }) => requestApi<Page<Organisation>>('/api/organisations', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
