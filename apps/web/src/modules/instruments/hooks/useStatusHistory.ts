import type { InstrumentStatus } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';

export type StatusHistoryEntry = {
  fromStatus: InstrumentStatus | null;
  toStatus: InstrumentStatus;
  reason: string;
  actorLabel: string;
  at: string;
};

export const useStatusHistory = (id: string) =>
  useQuery({
    queryKey: INSTRUMENT_QUERY_KEYS.statusHistory(id),
    queryFn: ({ signal }) => requestApi<StatusHistoryEntry[]>(`/api/instruments/${encodeURIComponent(id)}/status-history`, { signal }),
  });
