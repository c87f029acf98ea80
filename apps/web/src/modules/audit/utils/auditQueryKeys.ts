export type AuditListParams = { page: number; pageSize: number };

export const AUDIT_QUERY_KEYS = {
  all: ['audit'] as const,
  list: (params: AuditListParams) => ['audit', 'list', params] as const,
};
