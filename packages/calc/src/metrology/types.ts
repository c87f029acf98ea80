import type { CalendarDate } from '../lifecycle/calendar.ts';

/**
 * The facts of measuring instruments (计量器具), measurement standards (计量标准) and their
 * verification / calibration certificates (检定 / 校准证书) that the metrology functions judge.
 * The server loads them from the store; everything here is plain data.
 */

/** One measured result on a certificate. U is relative (in %, e.g. 0.2 = 0.2 %) when `relative`, else in `unit`. */
export type CertificateResult = {
  quantity: string;
  /** The calibration point or nominal value the result belongs to, in `unit`. */
  value?: number;
  unit: string;
  expandedUncertainty: number;
  coverageFactor: number;
  relative: boolean;
};

export type CertificateKind = 'verification' | 'calibration';

/** Verification: pass / fail (合格 / 不合格), 'limited' = 限用; calibration: 'calibrated' (a calibration gives no verdict). */
export type CertificateConclusion = 'pass' | 'fail' | 'limited' | 'calibrated';

export type CertificateFacts = {
  id: string;
  number: string;
  kind: CertificateKind;
  /** The day the verification / calibration was performed, i.e. the day the reference standards were used. */
  calibratedOn: CalendarDate;
  /** Last valid day, inclusive; null = calibratedOn + the node's intervalMonths − 1 day. */
  validUntil: CalendarDate | null;
  conclusion: CertificateConclusion;
  /** Withdrawn: invalid from that day on. */
  revokedOn?: CalendarDate | null;
  laboratoryName: string;
  /** The measurement standards used (ids of TraceNodes). */
  referenceStandardIds: string[];
  results: CertificateResult[];
};

export type TraceNodeKind = 'instrument' | 'standard';

export type TraceNode = {
  id: string;
  kind: TraceNodeKind;
  name: string;
  /** 国家计量基准: the traceability chain ends here. */
  isNationalPrimary: boolean;
  /** The verification / recalibration interval (检定周期 / 复校间隔) in months, used when a certificate has no validUntil. */
  intervalMonths: number | null;
  certificates: CertificateFacts[];
};

/**
 * The state of a node's governing certificate on a day:
 * - valid: usable (a 'limited' verification counts as valid, with a CERTIFICATE_LIMITED warning);
 * - no_expiry: usable, but neither the certificate nor the node sets a validity, so expiry cannot be judged (warning);
 * - expired, failed (不合格), revoked: not usable;
 * - none: no certificate was issued on or before that day.
 */
export type CertificateState = 'valid' | 'no_expiry' | 'expired' | 'failed' | 'revoked' | 'none';

export type CertificateReasonCode =
  | 'CERTIFICATE_VALID'
  | 'CERTIFICATE_LIMITED'
  | 'NO_EXPIRY_SET'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_FAILED'
  | 'CERTIFICATE_REVOKED'
  | 'NO_CERTIFICATE';

/** Why a certificate is in its state: a stable code for programs, a message in Chinese and one in English. */
export type CertificateReason = { code: CertificateReasonCode; message: string; messageEn: string };

export type CertificateStatus = {
  state: CertificateState;
  /** True for 'valid' and 'no_expiry': the node may be used on that day. */
  isUsable: boolean;
  certificate?: CertificateFacts;
  /** The certificate's last valid day (stated, or derived from the node's interval); absent when it has none. */
  validUntil?: CalendarDate;
  reason: CertificateReason;
  /** Notes on a usable certificate: CERTIFICATE_LIMITED (限用), NO_EXPIRY_SET. */
  warnings: CertificateReason[];
};
