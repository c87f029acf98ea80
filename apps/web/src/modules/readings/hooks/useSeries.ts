import type { SeriesQuery } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { Series } from '../utils/buildSeriesOption.ts';
import { READING_QUERY_KEYS } from '../utils/readingQueryKeys.ts';

export const useSeries = (query: SeriesQuery) =>
  useQuery({
    queryKey: READING_QUERY_KEYS.series(query),
    queryFn: ({ signal }) => requestApi<Series>('/api/series', { query, signal }),
    placeholderData: keepPreviousData,
  });
