/** Every list endpoint answers one page of items and the total across all pages. */
export type Page<T> = { items: T[]; total: number };
