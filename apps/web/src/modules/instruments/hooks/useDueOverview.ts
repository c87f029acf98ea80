import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { DueOverview } from '../utils/DueOverview.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';

export const useDueOverview = (months: number) =>
  useQuery({
    queryKey: INSTRUMENT_QUERY_KEYS.due(months),
    queryFn: ({ signal }) => requestApi<DueOverview>('/api/instruments/due', { query: { months }, signal }),
    placeholderData: keepPreviousData,
  });
