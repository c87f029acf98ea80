import type { OrganisationKind } from '@jiliang/shared';

export type OrganisationListParams = { kind?: OrganisationKind | undefined; q?: string | undefined; page: number; pageSize: number };

export const ORGANISATION_QUERY_KEYS = {
  all: ['organisations'] as const,
  list: (params: OrganisationListParams) => ['organisations', 'list', params] as const,
  detail: (id: string) => ['organisations', 'detail', id] as const,
  sites: (id: string) => ['organisations', 'sites', id] as const,
};
