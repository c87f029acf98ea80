import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ORGANISATION_QUERY_KEYS } from '../../organisations/utils/organisationQueryKeys.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';

/** After a step: the case, the board, the reminders and the organisation's stage have all moved. */
export const useInvalidateInstitution = (): (() => Promise<void>) => {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: INSTITUTION_QUERY_KEYS.all }),
      queryClient.invalidateQueries({ queryKey: ORGANISATION_QUERY_KEYS.all }),
    ]);
  }, [queryClient]);
};
