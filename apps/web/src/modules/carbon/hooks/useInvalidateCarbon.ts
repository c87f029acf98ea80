import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { CARBON_QUERY_KEYS } from '../utils/carbonQueryKeys.ts';

/** After any write: a source, an entry, a factor version or a run moves lists and totals, so all of it is refetched. */
export const useInvalidateCarbon = (): (() => Promise<void>) => {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: CARBON_QUERY_KEYS.all }), [queryClient]);
};
