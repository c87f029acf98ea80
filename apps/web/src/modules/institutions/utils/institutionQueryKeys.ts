export const INSTITUTION_QUERY_KEYS = {
  all: ['institutions'] as const,
  pipeline: ['institutions', 'pipeline'] as const,
  case: (organisationId: string) => ['institutions', 'case', organisationId] as const,
  documents: (organisationId: string) => ['institutions', 'documents', organisationId] as const,
  scoring: (organisationId: string) => ['institutions', 'scoring', organisationId] as const,
};
