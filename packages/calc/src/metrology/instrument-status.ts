import { countDaysBetween, toShanghaiDate, type CalendarDate } from '../lifecycle/calendar.ts';
import { certificateAt } from './certificate-validity.ts';
import { requireCalendarDate, throwMetrologyInput } from './metrology-input.ts';
import { readingStandardUncertainty, type ReadingStandardUncertainty, type ReadingUncertaintyInput } from './reading-uncertainty.ts';
import type { CertificateFacts, CertificateReason, CertificateResult, CertificateState, TraceNode } from './types.ts';

/**
 * "Status at time t" of an instrument or standard, and its due date, for the server's services.
 * An instant is read as its Asia/Shanghai calendar day (certificates are valid by whole days).
 */

/** What the caller knows about the reading; `certificate` comes from the node's governing certificate. */
export type InstrumentStatusOptions = Omit<ReadingUncertaintyInput, 'certificate' | 'reading' | 'unit'> & {
  reading?: number;
  unit?: string;
};

export type InstrumentStatusAtTime = {
  at: CalendarDate;
  nodeId: string;
  certificateState: CertificateState;
  isUsable: boolean;
  certificate?: CertificateFacts;
  validUntil?: CalendarDate;
  reason: CertificateReason;
  warnings: CertificateReason[];
  /** The governing certificate's results (only the quantity asked for, when given): its stated uncertainties. */
  uncertainty: CertificateResult[];
  /** For `options.reading` in `options.unit`; null without a reading or without a usable certificate (a reading then has no standing). */
  standardUncertainty: ReadingStandardUncertainty | null;
};

const toDay = (at: Date | CalendarDate, field: string): CalendarDate => {
  if (at instanceof Date) {
    if (Number.isNaN(at.getTime())) throwMetrologyInput(field, 'valid_instant', `${field} 不是有效时刻`, 'not a valid instant');
    return toShanghaiDate(at);
  }
  return requireCalendarDate(at, field);
};

export const instrumentStatusAt = (
  node: TraceNode,
  at: Date | CalendarDate,
  options: InstrumentStatusOptions = {},
): InstrumentStatusAtTime => {
  const day = toDay(at, 'at');
  const status = certificateAt(node, day);
  const { reading, unit, ...mpeOptions } = options;
  const results = status.certificate?.results ?? [];
  const uncertainty = options.quantity === undefined ? results : results.filter((r) => r.quantity === options.quantity);

  let standardUncertainty: ReadingStandardUncertainty | null = null;
  if (reading !== undefined && status.isUsable) {
    if (unit === undefined) throwMetrologyInput('unit', 'required_with_reading', '给出读数时必须给出单位', 'a reading needs its unit');
    standardUncertainty = readingStandardUncertainty({ ...mpeOptions, certificate: status.certificate, reading, unit });
  }
  return {
    at: day,
    nodeId: node.id,
    certificateState: status.state,
    isUsable: status.isUsable,
    ...(status.certificate ? { certificate: status.certificate } : {}),
    ...(status.validUntil ? { validUntil: status.validUntil } : {}),
    reason: status.reason,
    warnings: status.warnings,
    uncertainty,
    standardUncertainty,
  };
};

/**
 * - overdue: today is after the due date (the governing certificate's last valid day);
 * - due_soon: 0 ≤ days left ≤ windowDays (the due date itself has 0 days left);
 * - ok: more days left;
 * - never_certified: no certificate issued on or before today;
 * - no_due_date: the certificate and the node set no validity (certificateAt 'no_expiry');
 * - unusable: the governing certificate failed (不合格) or was revoked; re-verify or repair first.
 */
export type InstrumentDueState = 'overdue' | 'due_soon' | 'ok' | 'never_certified' | 'no_due_date' | 'unusable';

export type InstrumentDueStatus = {
  state: InstrumentDueState;
  certificateState: CertificateState;
  certificateId?: string;
  certificateNumber?: string;
  dueDate?: CalendarDate;
  /** Days from today to the due date; negative when overdue. */
  daysLeft?: number;
  reason: CertificateReason;
};

export const INSTRUMENT_DUE_WINDOW_DAYS = 30;

export const instrumentDueStatus = (node: TraceNode, today: CalendarDate, windowDays = INSTRUMENT_DUE_WINDOW_DAYS): InstrumentDueStatus => {
  if (!Number.isInteger(windowDays) || windowDays < 0) {
    throwMetrologyInput(
      'windowDays',
      'non_negative_integer',
      `提醒窗口天数必须是非负整数：${windowDays}`,
      'must be a non-negative integer',
    );
  }
  const status = certificateAt(node, today);
  const base = {
    certificateState: status.state,
    reason: status.reason,
    ...(status.certificate ? { certificateId: status.certificate.id, certificateNumber: status.certificate.number } : {}),
  };
  if (status.state === 'none') return { ...base, state: 'never_certified' };
  if (status.state === 'failed' || status.state === 'revoked') return { ...base, state: 'unusable' };
  if (!status.validUntil) return { ...base, state: 'no_due_date' };
  const daysLeft = countDaysBetween(today, status.validUntil);
  const state: InstrumentDueState = daysLeft < 0 ? 'overdue' : daysLeft <= windowDays ? 'due_soon' : 'ok';
  return { ...base, state, dueDate: status.validUntil, daysLeft };
};
