import type { RectificationItem, RectificationUpdate } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { patchApi } from '../utils/patchApi.ts';
import { useInvalidateEnergy } from './useInvalidateEnergy.ts';

export const useUpdateRectification = () => {
  const invalidate = useInvalidateEnergy();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: RectificationUpdate }) =>
      patchApi<RectificationItem>(`/api/energy/rectifications/${encodeURIComponent(id)}`, change),
    onSuccess: invalidate,
  });
};
