export const ENERGY_QUERY_KEYS = {
  all: ['energy'] as const,
  reviews: (unitId: string, page: number, pageSize: number) => ['energy', 'reviews', unitId, page, pageSize] as const,
  review: (id: string) => ['energy', 'review', id] as const,
  library: ['energy', 'limit-standards'] as const,
  benchmarks: (unitId: string) => ['energy', 'benchmarks', unitId] as const,
  balance: (unitId: string, from: string, to: string, rootPointId: string | undefined) =>
    ['energy', 'balance', unitId, from, to, rootPointId ?? ''] as const,
  savings: (unitId: string) => ['energy', 'savings', unitId] as const,
  demand: (institutionId: string) => ['energy', 'demand', institutionId] as const,
};
