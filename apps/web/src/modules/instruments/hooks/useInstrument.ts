import type { Instrument } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';

export const useInstrument = (id: string) =>
  useQuery({
    queryKey: INSTRUMENT_QUERY_KEYS.detail(id),
    queryFn: ({ signal }) => requestApi<Instrument>(`/api/instruments/${encodeURIComponent(id)}`, { signal }),
  });
