import type { FillMethod } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateQuality } from './useInvalidateQuality.ts';

export type FillGapsResult = { estimated: number; unfilled: number; method: FillMethod };

/** POST …/points/:pointId/quality/fill: the gaps of the days filled by a documented method, stored as estimates. */
export const useFillGaps = (enterpriseId: string) => {
  const invalidate = useInvalidateQuality();
  return useMutation({
    mutationFn: ({ pointId, ...body }: { pointId: string; from: string; to: string; method: FillMethod }) =>
      requestApi<FillGapsResult>(
        `/api/organisations/${encodeURIComponent(enterpriseId)}/points/${encodeURIComponent(pointId)}/quality/fill`,
        { method: 'POST', body },
      ),
    onSuccess: invalidate,
  });
};
