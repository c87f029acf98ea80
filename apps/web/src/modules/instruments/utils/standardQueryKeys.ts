export type StandardListParams = { ownerId?: string | undefined; q?: string | undefined };

export const STANDARD_QUERY_KEYS = {
  all: ['standards'] as const,
  list: (params: StandardListParams) => ['standards', 'list', params] as const,
  detail: (id: string) => ['standards', 'detail', id] as const,
  certificates: (id: string) => ['standards', 'certificates', id] as const,
  checks: (id: string) => ['standards', 'checks', id] as const,
  capabilities: (organisationId: string) => ['standards', 'capabilities', organisationId] as const,
};
