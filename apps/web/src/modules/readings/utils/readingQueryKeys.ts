import type { SeriesQuery } from '@jiliang/shared';

export const READING_QUERY_KEYS = {
  all: ['readings'] as const,
  points: (enterpriseId: string) => ['readings', 'points', enterpriseId] as const,
  batches: (enterpriseId: string) => ['readings', 'batches', enterpriseId] as const,
  quarantine: (enterpriseId: string) => ['readings', 'quarantine', enterpriseId] as const,
  series: (query: SeriesQuery) => ['readings', 'series', query] as const,
};
