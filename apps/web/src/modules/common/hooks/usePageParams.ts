import { useSearchParams } from 'react-router';
import { readPositiveInt } from '../utils/readPositiveInt.ts';

export type PageParams = {
  page: number;
  pageSize: number;
  /** Reads any other URL parameter (filters kept beside the page). */
  readParam: (name: string) => string | undefined;
  setPage: (page: number, pageSize: number) => void;
  /** Sets a filter and goes back to page 1, since the old page may not exist under it. */
  setParam: (name: string, value: string | undefined) => void;
};

/** Page, page size and filters live in the URL, so Back and shared links show the same list. */
export const usePageParams = (defaultPageSize = 20): PageParams => {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = readPositiveInt(searchParams.get('page'), 1);
  const pageSize = readPositiveInt(searchParams.get('pageSize'), defaultPageSize);

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(searchParams);
    change(next);
    if (next.get('page') === '1') next.delete('page');
    if (next.get('pageSize') === String(defaultPageSize)) next.delete('pageSize');
    setSearchParams(next);
  };

  return {
    page,
    pageSize,
    readParam: (name) => searchParams.get(name) ?? undefined,
    setPage: (nextPage, nextPageSize) => {
      update((next) => {
        next.set('page', String(nextPageSize === pageSize ? nextPage : 1));
        next.set('pageSize', String(nextPageSize));
      });
    },
    setParam: (name, value) => {
      update((next) => {
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
      });
    },
  };
};
