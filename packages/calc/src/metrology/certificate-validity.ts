import { addDays, addMonths, compareDates, isDateAfter, isDateOnOrBefore, type CalendarDate } from '../lifecycle/calendar.ts';
import { requireCalendarDate, requirePositiveInteger, throwMetrologyInput } from './metrology-input.ts';
import type { CertificateFacts, CertificateReason, CertificateStatus, TraceNode } from './types.ts';

/**
 * Which certificate governs a node on a day, and whether it is usable.
 *
 * Rules:
 * - The governing certificate is the latest with calibratedOn ≤ day; ties go to the later last valid
 *   day (no expiry counts as latest), then to the greater id so the answer never depends on row order.
 *   A newer certificate supersedes an older one even when the older one would still run longer, and a
 *   newer 不合格 (fail) result makes the instrument unusable at once.
 * - Last valid day: the certificate's validUntil (inclusive), else calibratedOn + the node's
 *   intervalMonths − 1 day (Civil Code art. 202 month-end rule via addMonths: 2024-04-01 + 12 months
 *   − 1 day = 2025-03-31). The last valid day itself is valid; the day after is expired.
 * - Precedence on the day: revoked (revokedOn ≤ day) > failed > expired > valid.
 * - Neither validUntil nor intervalMonths: state 'no_expiry', usable with a NO_EXPIRY_SET warning.
 *   A calibration certificate often states no recalibration date (the user sets the interval); when
 *   nobody set one we cannot call the certificate expired, but we do not hide that expiry was not judged.
 * - 'limited' (限用) counts as valid with a CERTIFICATE_LIMITED warning: usable within the stated limits.
 */

const KIND_ZH = { verification: '检定', calibration: '校准' } as const;

const describeZh = (c: CertificateFacts): string => `证书 ${c.number}（${KIND_ZH[c.kind]}，${c.calibratedOn}，${c.laboratoryName}）`;
const describeEn = (c: CertificateFacts): string => `certificate ${c.number} (${c.kind} on ${c.calibratedOn} by ${c.laboratoryName})`;

const checkCertificate = (certificate: CertificateFacts, index: number): void => {
  const field = `certificates[${index}]`;
  requireCalendarDate(certificate.calibratedOn, `${field}.calibratedOn`);
  if (certificate.validUntil !== null) {
    requireCalendarDate(certificate.validUntil, `${field}.validUntil`);
    if (isDateAfter(certificate.calibratedOn, certificate.validUntil)) {
      throwMetrologyInput(
        `${field}.validUntil`,
        'not_before_calibrated_on',
        `证书 ${certificate.number} 的有效期至 ${certificate.validUntil} 早于检定/校准日期 ${certificate.calibratedOn}`,
        `validUntil is before calibratedOn`,
      );
    }
  }
  if (certificate.revokedOn != null) requireCalendarDate(certificate.revokedOn, `${field}.revokedOn`);
  if (certificate.kind === 'verification' && certificate.conclusion === 'calibrated') {
    throwMetrologyInput(
      `${field}.conclusion`,
      'verification_needs_verdict',
      `检定证书 ${certificate.number} 必须给出合格/不合格/限用结论`,
      `a verification certificate states pass, fail or limited`,
    );
  }
};

const checkNode = (node: TraceNode): void => {
  if (node.intervalMonths !== null) requirePositiveInteger(node.intervalMonths, `nodes[${node.id}].intervalMonths`);
  node.certificates.forEach(checkCertificate);
};

/** The certificate's last valid day (inclusive), stated or derived from the interval; null when neither is set. */
export const getCertificateValidUntil = (certificate: CertificateFacts, intervalMonths: number | null): CalendarDate | null => {
  if (certificate.validUntil !== null) return certificate.validUntil;
  if (intervalMonths === null) return null;
  return addDays(addMonths(certificate.calibratedOn, intervalMonths), -1);
};

/** Orders two certificates: later calibratedOn first, then later last valid day (none = latest), then greater id. */
const compareGoverning = (a: CertificateFacts, b: CertificateFacts, intervalMonths: number | null): number => {
  const byDate = compareDates(b.calibratedOn, a.calibratedOn);
  if (byDate !== 0) return byDate;
  const untilA = getCertificateValidUntil(a, intervalMonths);
  const untilB = getCertificateValidUntil(b, intervalMonths);
  if (untilA !== untilB) {
    if (untilA === null) return -1;
    if (untilB === null) return 1;
    return compareDates(untilB, untilA);
  }
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
};

const reasonOf = (code: CertificateReason['code'], message: string, messageEn: string): CertificateReason => ({ code, message, messageEn });

export const certificateAt = (node: TraceNode, date: CalendarDate): CertificateStatus => {
  requireCalendarDate(date, 'date');
  checkNode(node);
  const issued = node.certificates.filter((c) => isDateOnOrBefore(c.calibratedOn, date));
  const certificate = [...issued].sort((a, b) => compareGoverning(a, b, node.intervalMonths))[0];

  if (!certificate) {
    const first = [...node.certificates].sort((a, b) => compareDates(a.calibratedOn, b.calibratedOn))[0];
    return {
      state: 'none',
      isUsable: false,
      reason: first
        ? reasonOf(
            'NO_CERTIFICATE',
            `${date} 及之前未出具任何证书；首份${describeZh(first)}出具于其后`,
            `no certificate issued on or before ${date}; the first, ${describeEn(first)}, came later`,
          )
        : reasonOf('NO_CERTIFICATE', `${date} 及之前未出具任何证书；尚无任何证书`, `no certificate has ever been issued`),
      warnings: [],
    };
  }

  const validUntil = getCertificateValidUntil(certificate, node.intervalMonths) ?? undefined;
  const base = { certificate, ...(validUntil ? { validUntil } : {}) };

  if (certificate.revokedOn != null && isDateOnOrBefore(certificate.revokedOn, date)) {
    return {
      ...base,
      state: 'revoked',
      isUsable: false,
      reason: reasonOf(
        'CERTIFICATE_REVOKED',
        `${describeZh(certificate)}已于 ${certificate.revokedOn} 撤销`,
        `${describeEn(certificate)} was revoked on ${certificate.revokedOn}`,
      ),
      warnings: [],
    };
  }
  if (certificate.conclusion === 'fail') {
    return {
      ...base,
      state: 'failed',
      isUsable: false,
      reason: reasonOf(
        'CERTIFICATE_FAILED',
        `${describeZh(certificate)}结论为不合格`,
        `${describeEn(certificate)} concluded fail (不合格)`,
      ),
      warnings: [],
    };
  }

  const warnings: CertificateReason[] =
    certificate.conclusion === 'limited'
      ? [reasonOf('CERTIFICATE_LIMITED', `${describeZh(certificate)}结论为限用，仅可在限定范围内使用`, `limited use (限用) only`)]
      : [];

  if (!validUntil) {
    const noExpiry = reasonOf(
      'NO_EXPIRY_SET',
      `${describeZh(certificate)}未注明有效期，且未设定检定周期/复校间隔，无法判断是否到期（按有效处理）`,
      `${describeEn(certificate)} states no validity and no interval is set, so expiry cannot be judged (treated as valid)`,
    );
    return { ...base, state: 'no_expiry', isUsable: true, reason: noExpiry, warnings: [...warnings, noExpiry] };
  }
  if (isDateAfter(date, validUntil)) {
    return {
      ...base,
      state: 'expired',
      isUsable: false,
      reason: reasonOf(
        'CERTIFICATE_EXPIRED',
        `${describeZh(certificate)}于 ${validUntil} 到期（有效期最后一日），${date} 已失效`,
        `${describeEn(certificate)} expired: its last valid day was ${validUntil}, before ${date}`,
      ),
      warnings: [],
    };
  }
  return {
    ...base,
    state: 'valid',
    isUsable: true,
    reason: reasonOf(
      'CERTIFICATE_VALID',
      `${describeZh(certificate)}有效，有效期至 ${validUntil}${certificate.conclusion === 'limited' ? '（限用）' : ''}`,
      `${describeEn(certificate)} is valid until ${validUntil}${certificate.conclusion === 'limited' ? ' (limited use)' : ''}`,
    ),
    warnings,
  };
};
