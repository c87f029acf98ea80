import type { MonthlyFigure, MonthlyFigureInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateQuality } from './useInvalidateQuality.ts';

/** POST …/quality/monthly-figures: the month's days are re-evaluated against it (rule 9). */
export const useAddMonthlyFigure = (enterpriseId: string) => {
  const invalidate = useInvalidateQuality();
  return useMutation({
    mutationFn: (input: MonthlyFigureInput) =>
      requestApi<MonthlyFigure>(`/api/organisations/${encodeURIComponent(enterpriseId)}/quality/monthly-figures`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: invalidate,
  });
};
