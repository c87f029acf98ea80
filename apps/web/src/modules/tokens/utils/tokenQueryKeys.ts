export const TOKEN_QUERY_KEYS = {
  all: ['tokens'] as const,
  list: (organisationId: string | undefined) => ['tokens', 'list', organisationId ?? null] as const,
};
