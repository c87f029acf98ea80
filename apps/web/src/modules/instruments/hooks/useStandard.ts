import type { MeasurementStandard } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';

export const useStandard = (id: string) =>
  useQuery({
    queryKey: STANDARD_QUERY_KEYS.detail(id),
    queryFn: ({ signal }) => requestApi<MeasurementStandard>(`/api/standards/${encodeURIComponent(id)}`, { signal }),
  });
