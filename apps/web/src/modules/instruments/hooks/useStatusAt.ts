import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';
import type { StatusAtView } from '../utils/StatusAtView.ts';

export type StatusAtQuery = { at: string; reading?: number | undefined; unit?: string | undefined };

export const useStatusAt = (id: string, { at, reading, unit }: StatusAtQuery) =>
  useQuery({
    queryKey: INSTRUMENT_QUERY_KEYS.statusAt(id, at, reading, unit),
    queryFn: ({ signal }) =>
      requestApi<StatusAtView>(`/api/instruments/${encodeURIComponent(id)}/status-at`, { query: { at, reading, unit }, signal }),
    placeholderData: keepPreviousData,
  });
