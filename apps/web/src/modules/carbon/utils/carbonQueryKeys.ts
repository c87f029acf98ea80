import type { CarbonTotalGroup, FactorKind } from '@jiliang/shared';

export type FactorListParams = { kind?: FactorKind | undefined; code?: string | undefined; current?: boolean | undefined };

export const CARBON_QUERY_KEYS = {
  all: ['carbon'] as const,
  factors: (params: FactorListParams) => ['carbon', 'factors', params] as const,
  sources: (enterpriseId: string) => ['carbon', 'sources', enterpriseId] as const,
  entries: (sourceId: string) => ['carbon', 'entries', sourceId] as const,
  runs: (enterpriseId: string) => ['carbon', 'runs', enterpriseId] as const,
  run: (id: string) => ['carbon', 'run', id] as const,
  sankey: (id: string) => ['carbon', 'sankey', id] as const,
  compare: (id: string, otherId: string) => ['carbon', 'compare', id, otherId] as const,
  totals: (year: number, by: CarbonTotalGroup) => ['carbon', 'totals', year, by] as const,
};
