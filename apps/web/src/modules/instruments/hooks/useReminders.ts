import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';

export type InstrumentReminder = {
  instrumentId: string;
  dueDate: string;
  kind: 'overdue' | 'due_soon';
  createdAt: string;
  code: string;
  name: string;
  ownerId: string;
  ownerName: string;
};

/** Open reminders written by the hourly sweep (issue 4 §7). */
export const useReminders = () =>
  useQuery({
    queryKey: INSTRUMENT_QUERY_KEYS.reminders,
    queryFn: ({ signal }) => requestApi<InstrumentReminder[]>('/api/instruments/reminders', { signal }),
  });

export const useAcknowledgeReminder = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (r: Pick<InstrumentReminder, 'instrumentId' | 'dueDate' | 'kind'>) =>
      requestApi<void>('/api/instruments/reminders/acknowledge', { method: 'POST', body: r }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INSTRUMENT_QUERY_KEYS.reminders }),
  });
};
