export const QUALITY_QUERY_KEYS = {
  all: ['quality'] as const,
  heatmap: (enterpriseId: string, month: string) => ['quality', 'heatmap', enterpriseId, month] as const,
  issues: (enterpriseId: string, month: string) => ['quality', 'issues', enterpriseId, month] as const,
  report: (enterpriseId: string, month: string) => ['quality', 'report', enterpriseId, month] as const,
  day: (enterpriseId: string, pointId: string, day: string) => ['quality', 'day', enterpriseId, pointId, day] as const,
  limits: (enterpriseId: string, pointId: string) => ['quality', 'limits', enterpriseId, pointId] as const,
  trend: (institutionId: string, from: string, to: string) => ['quality', 'trend', institutionId, from, to] as const,
  monthlyFigures: (enterpriseId: string) => ['quality', 'monthly-figures', enterpriseId] as const,
};
