import type { Certificate } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export const useRevokeCertificate = () => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: ({ id, revokedOn, reason }: { id: string; revokedOn: string; reason: string }) =>
      requestApi<Certificate>(`/api/certificates/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: { revokedOn, reason } }),
    onSuccess: invalidate,
  });
};
