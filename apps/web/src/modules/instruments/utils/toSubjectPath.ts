import type { CertificateSubject } from './CertificateSubject.ts';

export const toSubjectPath = (subject: CertificateSubject): string =>
  `/api/${subject.kind === 'instrument' ? 'instruments' : 'standards'}/${encodeURIComponent(subject.id)}`;
