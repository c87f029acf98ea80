import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ENERGY_QUERY_KEYS } from '../utils/energyQueryKeys.ts';

/** After any write, the lists, the review and the demand analysis it feeds are refetched. */
export const useInvalidateEnergy = (): (() => Promise<void>) => {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: ENERGY_QUERY_KEYS.all });
  }, [queryClient]);
};
