export type QueryParams = Record<string, string | number | undefined | null>;

/** `?a=1&b=x` from the defined, non-empty params; '' when there are none. */
export const buildQueryString = (params: QueryParams): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};
