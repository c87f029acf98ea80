/** What a certificate belongs to: an instrument of a register or a measurement standard. */
export type CertificateSubject = { kind: 'instrument' | 'standard'; id: string };
