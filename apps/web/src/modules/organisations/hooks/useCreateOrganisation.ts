import type { CreateOrganisation, Organisation } from '@jiliang/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { ORGANISATION_QUERY_KEYS } from '../utils/organisationQueryKeys.ts';

export const useCreateOrganisation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrganisation) => requestApi<Organisation>('/api/organisations', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANISATION_QUERY_KEYS.all }),
  });
};
