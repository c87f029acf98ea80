import type { EnterpriseSource } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateCarbon } from './useInvalidateCarbon.ts';

/** Retire or reinstate: a source is never deleted, the runs that used it keep pointing at it. */
export const useSetSourceActive = () => {
  const invalidate = useInvalidateCarbon();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      requestApi<EnterpriseSource>(`/api/emission-sources/${encodeURIComponent(id)}/active`, { method: 'POST', body: { active } }),
    onSuccess: invalidate,
  });
};
