import { useQueryClient } from '@tanstack/react-query';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** After limits or a fill: every quality view is refetched (the server re-evaluates the dirty days on read). */
export const useInvalidateQuality = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: QUALITY_QUERY_KEYS.all });
};
