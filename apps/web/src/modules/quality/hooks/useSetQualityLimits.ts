import type { QualityLimits, QualityLimitsInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateQuality } from './useInvalidateQuality.ts';

/** PUT …/points/:pointId/quality/limits: the point's days are re-evaluated. */
export const useSetQualityLimits = (enterpriseId: string) => {
  const invalidate = useInvalidateQuality();
  return useMutation({
    mutationFn: ({ pointId, input }: { pointId: string; input: QualityLimitsInput }) =>
      requestApi<QualityLimits>(
        `/api/organisations/${encodeURIComponent(enterpriseId)}/points/${encodeURIComponent(pointId)}/quality/limits`,
        { method: 'PUT', body: input },
      ),
    onSuccess: invalidate,
  });
};
