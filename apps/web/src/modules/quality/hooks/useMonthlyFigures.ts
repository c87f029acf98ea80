import type { MonthlyFigure } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { QUALITY_QUERY_KEYS } from '../utils/qualityQueryKeys.ts';

/** GET …/quality/monthly-figures: every 月报数据 of the enterprise, current and superseded. */
export const useMonthlyFigures = (enterpriseId: string) =>
  useQuery({
    queryKey: QUALITY_QUERY_KEYS.monthlyFigures(enterpriseId),
    queryFn: ({ signal }) =>
      requestApi<MonthlyFigure[]>(`/api/organisations/${encodeURIComponent(enterpriseId)}/quality/monthly-figures`, { signal }),
  });
