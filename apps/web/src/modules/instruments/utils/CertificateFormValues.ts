import type { CertificateConclusion } from '@jiliang/shared';
import type { Dayjs } from 'dayjs';

export type CertificateResultFormValues = {
  quantity?: string;
  nominalValue?: number | null;
  measuredValue?: number | null;
  correction?: number | null;
  unit?: string;
  expandedUncertainty?: number | null;
  coverageFactor?: number | null;
  uncertaintyRelative?: boolean;
};

export type CertificateFormValues = {
  number: string;
  kind: 'verification' | 'calibration';
  laboratoryName: string;
  calibratedOn: Dayjs;
  issuedOn?: Dayjs | null;
  validUntil?: Dayjs | null;
  conclusion: CertificateConclusion;
  referenceStandardIds?: string[];
  results?: CertificateResultFormValues[];
  notes?: string | null;
};
