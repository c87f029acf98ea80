import type { Certificate } from '@jiliang/shared';
import { useQuery } from '@tanstack/react-query';
import { requestApi } from '../../api/utils/requestApi.ts';
import type { CertificateSubject } from '../utils/CertificateSubject.ts';
import { INSTRUMENT_QUERY_KEYS } from '../utils/instrumentQueryKeys.ts';
import { STANDARD_QUERY_KEYS } from '../utils/standardQueryKeys.ts';
import { toSubjectPath } from '../utils/toSubjectPath.ts';

/** The certificate history of an instrument or of a standard, as the server orders it. */
export const useCertificates = (subject: CertificateSubject) =>
  useQuery({
    queryKey: subject.kind === 'instrument' ? INSTRUMENT_QUERY_KEYS.certificates(subject.id) : STANDARD_QUERY_KEYS.certificates(subject.id),
    queryFn: ({ signal }) => requestApi<Certificate[]>(`${toSubjectPath(subject)}/certificates`, { signal }),
  });
