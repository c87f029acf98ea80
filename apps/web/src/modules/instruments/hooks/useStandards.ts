import type { MeasurementStandard } from '@jiliang/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '../../api/utils/Page.ts';
import { requestApi } from '../../api/utils/requestApi.ts';
import { STANDARD_QUERY_KEYS, type StandardListParams } from '../utils/standardQueryKeys.ts';

/** Standards are public metrology infrastructure: the server lists them all (no paging), level first. */
export const useStandards = (params: StandardListParams = {}) =>
  useQuery({
    queryKey: STANDARD_QUERY_KEYS.list(params),
    queryFn: ({ signal }) => requestApi<Page<MeasurementStandard>>('/api/standards', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
