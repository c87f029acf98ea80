export const ME_QUERY_KEY = ['auth', 'me'] as const;
