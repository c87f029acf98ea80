import type { Certificate, CertificateInput } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { CertificateSubject } from '../utils/CertificateSubject.ts';
import { toSubjectPath } from '../utils/toSubjectPath.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export const useAddCertificate = (subject: CertificateSubject) => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: (input: CertificateInput) =>
      requestApi<Certificate>(`${toSubjectPath(subject)}/certificates`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
};
