import type { CertificateInput } from '@jiliang/shared';
import type { Dayjs } from 'dayjs';
import type { CertificateFormValues, CertificateResultFormValues } from './CertificateFormValues.ts';

const toDay = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);
const numberOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

type ResultInput = NonNullable<CertificateInput['results']>[number];

const toResult = (result: CertificateResultFormValues): ResultInput => ({
  quantity: result.quantity?.trim() ?? '',
  nominalValue: numberOrNull(result.nominalValue),
  measuredValue: numberOrNull(result.measuredValue),
  correction: numberOrNull(result.correction),
  unit: result.unit?.trim() ?? '',
  // JJF 1059.1-2012 5.3: U = k·u_c; both come from the certificate as stated.
  expandedUncertainty: numberOrNull(result.expandedUncertainty) ?? 0,
  coverageFactor: numberOrNull(result.coverageFactor) ?? 2,
  uncertaintyRelative: result.uncertaintyRelative ?? false,
});

/** The certificate form as certificateInputSchema takes it: dates as YYYY-MM-DD (Asia/Shanghai calendar days). */
export const toCertificateInput = (values: CertificateFormValues): CertificateInput => ({
  number: values.number.trim(),
  kind: values.kind,
  laboratoryName: values.laboratoryName.trim(),
  calibratedOn: values.calibratedOn.format('YYYY-MM-DD'),
  issuedOn: toDay(values.issuedOn),
  validUntil: toDay(values.validUntil),
  conclusion: values.conclusion,
  referenceStandardIds: values.referenceStandardIds ?? [],
  results: (values.results ?? []).map(toResult),
  notes: values.notes?.trim() ? values.notes.trim() : null,
});
