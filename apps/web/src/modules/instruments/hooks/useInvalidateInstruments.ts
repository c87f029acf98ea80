import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';

/**
 * After any write: an instrument's certificate moves its due date, the register, the dashboard and the
 * chain; a standard's certificate moves every chain through it. So all of it is refetched.
 */
export const useInvalidateInstruments = (): (() => Promise<void>) => {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: INSTRUMENT_QUERY_KEYS.all }),
      queryClient.invalidateQueries({ queryKey: STANDARD_QUERY_KEYS.all }),
    ]);
  }, [queryClient]);
};
