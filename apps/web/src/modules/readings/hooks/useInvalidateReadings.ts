import { useQueryClient } from '@tanstack/react-query';
import { READING_QUERY_KEYS } from '../utils/readingQueryKeys.ts';

/** After a write: batches, quarantine and series of every enterprise are refetched. */
export const useInvalidateReadings = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: READING_QUERY_KEYS.all });
};
