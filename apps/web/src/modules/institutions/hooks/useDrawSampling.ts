import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { CaseScoring, SamplingPopulation } from '../utils/CaseScoring.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';

export type DrawSamplingInput = { share: number; seed?: string | undefined; population?: SamplingPopulation | undefined };

/** CM-15: the team leader (or the Province) draws this round's sample; share and seed are recorded. */
export const useDrawSampling = (organisationId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DrawSamplingInput) =>
      requestApi<CaseScoring>(`/api/institutions/${encodeURIComponent(organisationId)}/case/scoring/sampling`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (scoring) => {
      queryClient.setQueryData(INSTITUTION_QUERY_KEYS.scoring(organisationId), scoring);
    },
  });
};
