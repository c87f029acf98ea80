import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { StandardCheck } from '../utils/StandardCheck.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';

export const useStandardChecks = (standardId: string) =>
  useQuery({
    queryKey: STANDARD_QUERY_KEYS.checks(standardId),
    queryFn: ({ signal }) => requestApi<StandardCheck[]>(`/api/standards/${encodeURIComponent(standardId)}/checks`, { signal }),
  });
