export type UserListParams = { organisationId?: string | undefined; page: number; pageSize: number };

export const USER_QUERY_KEYS = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};
