import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '@jiliang/shared';
import { useQueries } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ORGANISATION_QUERY_KEYS } from '../utils/organisationQueryKeys.ts';

export type OrganisationKindCount = { kind: OrganisationKind; total: number };
export type OrganisationCounts = { counts: OrganisationKindCount[]; isPending: boolean; error: unknown };

/** How many organisations of each kind the active role can see: one page-size-1 request per kind, read from `total`. */
export const useOrganisationCountsByKind = (): OrganisationCounts =>
  useQueries({
    queries: ORGANISATION_KINDS.map((kind) => {
      const params = { kind, page: 1, pageSize: 1 };
      return {
        queryKey: ORGANISATION_QUERY_KEYS.list(params),
        queryFn: ({ signal }: { signal: AbortSignal }) => requestApi<Page<Organisation>>('/api/organisations', { query: params, signal }),
      };
    }),
    combine: (results) => ({
      counts: ORGANISATION_KINDS.map((kind, index) => ({ kind, total: results[index]?.data?.total ?? 0 })),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
