import type { EmissionFactor } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { CARBON_QUERY_KEYS, type FactorListParams } from '../utils/carbonQueryKeys.ts';

/** GET /api/carbon/factors: every version (oldest first per code), or only those nothing supersedes. */
export const useFactors = (params: FactorListParams, enabled = true) =>
  useQuery({
    queryKey: CARBON_QUERY_KEYS.factors(params),
    queryFn: ({ signal }) =>
      requestApi<EmissionFactor[]>('/api/carbon/factors', {
        query: { kind: params.kind, code: params.code, current: params.current ? 'true' : undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
