import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';
import type { TraceChainView } from '../utils/TraceChainView.ts';

export const useTraceability = (id: string, at: string) =>
  useQuery({
    queryKey: INSTRUMENT_QUERY_KEYS.traceability(id, at),
    queryFn: ({ signal }) =>
      requestApi<TraceChainView>(`/api/instruments/${encodeURIComponent(id)}/traceability`, { query: { at }, signal }),
    placeholderData: keepPreviousData,
  });
