import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { CaseScoring } from '../utils/CaseScoring.ts';
import { INSTITUTION_QUERY_KEYS } from '../utils/institutionQueryKeys.ts';

/** CM-14 / BM-15: a panel member submits (or revises) their sheet for the round. */
export const useSubmitScoringSheet = (organisationId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scores: Record<string, number>) =>
      requestApi<CaseScoring>(`/api/institutions/${encodeURIComponent(organisationId)}/case/scoring/sheets`, {
        method: 'POST',
        body: { scores },
      }),
    onSuccess: (scoring) => {
      queryClient.setQueryData(INSTITUTION_QUERY_KEYS.scoring(organisationId), scoring);
    },
  });
};
