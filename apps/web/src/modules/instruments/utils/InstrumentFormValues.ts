import type { Gb17167Level, InstrumentStatus, InstrumentType, Medium } from '@jiliang/shared';

/** The register form as antd holds it: blank inputs are undefined or '', numbers may be null. */
export type InstrumentFormValues = {
  code: string;
  name: string;
  instrumentType: InstrumentType;
  medium: Medium;
  gb17167Level: Gb17167Level;
  maker?: string | null;
  model?: string | null;
  serialNumber?: string | null;
  accuracyClass?: string | null;
  /** The MPE in percent as people write it (0.5 = ±0.5 %); the API stores a fraction. */
  mpePercent?: number | null;
  rangeMin?: number | null;
  rangeMax?: number | null;
  rangeUnit?: string | null;
  ctRatio?: number | null;
  ptRatio?: number | null;
  siteId?: string | null;
  equipment?: string | null;
  location?: string | null;
  mandatoryVerification?: boolean;
  intervalMonths?: number | null;
  status?: InstrumentStatus;
};
