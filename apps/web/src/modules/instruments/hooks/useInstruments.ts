import type { Instrument } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { InstrumentListParams } from '../utils/InstrumentListParams.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';

export const useInstruments = (params: InstrumentListParams) =>
  useQuery({
    queryKey: INSTRUMENT_QUERY_KEYS.list(params),
    queryFn: ({ signal }) => requestApi<Page<Instrument>>('/api/instruments', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
