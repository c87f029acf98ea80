import type { MeasuredQuantity } from '@jiliang/shared';
import { addDays, countDaysBetween, getDateParts, getDaysInMonth, type CalendarDate } from '../lifecycle/calendar.ts';
import { certificateAt, getCertificateValidUntil } from '../metrology/certificate-validity.ts';
import { mpeFromAccuracyClass } from '../metrology/reading-uncertainty.ts';
import type { CertificateFacts, TraceNode } from '../metrology/types.ts';

/**
 * Measured activity (issue 7 §3–4): which part of a point's activity comes from an instrument with a valid
 * certificate on the day (the 测算→计量 indicator), and the uncertainty of that activity from the certificates
 * (u = U/k, JJF 1059.1-2012 4.3.3) or, without a stated uncertainty, from the instrument's MPE read as a rectangular
 * distribution (u = a/√3).
 */

/** The instrument bound to a point from `fromDay` on (Asia/Shanghai), as a traceability node; null = no instrument. */
export type InstrumentSpan = {
  fromDay: CalendarDate;
  node: TraceNode | null;
  instrumentCode: string | null;
  mpeRelative: number | null;
  accuracyClass: string | null;
};

export type MeasuredMonth = { days: number; validDays: number; certificates: { instrumentCode: string; certificate: CertificateFacts }[] };

const boundOn = (spans: readonly InstrumentSpan[], day: CalendarDate): InstrumentSpan | undefined =>
  spans.reduce<InstrumentSpan | undefined>(
    (bound, s) => (s.fromDay <= day && (!bound || s.fromDay >= bound.fromDay) ? s : bound),
    undefined,
  );

/**
 * Per calendar month of a period: the days on which the bound instrument's certificate was usable, and the certificates
 * that governed. The status can only change on a binding's first day, a calibration day, the day after a last valid
 * day or a revocation day, so certificateAt is asked once per stretch between those days (a handful per point and
 * year), not once per day: the bench's 200-point year would otherwise ask 73 000 times.
 */
export const summariseMeasuredPeriod = (spans: readonly InstrumentSpan[], monthStarts: readonly CalendarDate[]): MeasuredMonth[] => {
  if (monthStarts.length === 0) return [];
  const first = monthStarts[0]!;
  const lastParts = getDateParts(monthStarts.at(-1)!);
  const end = addDays(monthStarts.at(-1)!, getDaysInMonth(lastParts.year, lastParts.month) - 1);
  const breaks = new Set<CalendarDate>([first]);
  const add = (day: CalendarDate | null | undefined) => day && day > first && day <= end && breaks.add(day);
  for (const span of spans) {
    add(span.fromDay);
    for (const c of span.node?.certificates ?? []) {
      add(c.calibratedOn);
      add(c.revokedOn);
      const until = getCertificateValidUntil(c, span.node!.intervalMonths);
      if (until) add(addDays(until, 1));
    }
  }
  const starts = [...breaks].sort();
  // Usable stretches [from, to] (inclusive) with their governing certificate.
  const usable = starts.flatMap((from, i) => {
    const span = boundOn(spans, from);
    if (!span?.node) return [];
    const status = certificateAt(span.node, from);
    if (!status.isUsable || !status.certificate) return [];
    const next = starts[i + 1];
    return [
      { from, to: next ? addDays(next, -1) : end, instrumentCode: span.instrumentCode ?? span.node.name, certificate: status.certificate },
    ];
  });
  return monthStarts.map((monthStart) => {
    const { year, month } = getDateParts(monthStart);
    const days = getDaysInMonth(year, month);
    const monthEnd = addDays(monthStart, days - 1);
    const certificates = new Map<string, { instrumentCode: string; certificate: CertificateFacts }>();
    let validDays = 0;
    for (const stretch of usable) {
      const from = stretch.from > monthStart ? stretch.from : monthStart;
      const to = stretch.to < monthEnd ? stretch.to : monthEnd;
      if (from > to) continue;
      validDays += countDaysBetween(from, to) + 1;
      certificates.set(stretch.certificate.id, { instrumentCode: stretch.instrumentCode, certificate: stretch.certificate });
    }
    return { days, validDays, certificates: [...certificates.values()] };
  });
};

/** One month of `summariseMeasuredPeriod`. */
export const summariseMeasuredMonth = (spans: readonly InstrumentSpan[], monthStart: CalendarDate): MeasuredMonth =>
  summariseMeasuredPeriod(spans, [monthStart])[0]!;

/** The largest relative standard uncertainty stated on a certificate (relative results only: U in % / 100 / k). */
const certificateURel = (c: CertificateFacts): number | undefined => {
  const rel = c.results.filter((r) => r.relative && r.coverageFactor > 0).map((r) => r.expandedUncertainty / 100 / r.coverageFactor);
  return rel.length ? Math.max(...rel) : undefined;
};

/** Platform default when nothing documents the activity's uncertainty (docs/CARBON.md): 5 % relative, normal. */
export const UNDOCUMENTED_ACTIVITY_UREL = 0.05;

/**
 * The uncertainty to attach to a measured activity: the worst certificate that governed in the period (U/k), else the
 * worst MPE of the instruments bound (rectangular), else the platform default. Returns the quantity's uncertainty fields
 * and the basis in words for the record.
 */
export const measuredActivityUncertainty = (
  months: readonly MeasuredMonth[],
  spans: readonly InstrumentSpan[],
): { fields: Pick<MeasuredQuantity, 'uRel' | 'mpeRel' | 'distribution'>; basis: string } => {
  const certs = months.flatMap((m) => m.certificates);
  const fromCerts = certs.map((c) => ({ c, u: certificateURel(c.certificate) })).filter((x) => x.u !== undefined);
  if (fromCerts.length) {
    const worst = fromCerts.reduce((a, b) => (b.u! > a.u! ? b : a));
    return {
      fields: { uRel: worst.u! },
      basis: `JJF 1059.1-2012 4.3.3：u = U/k，取自证书 ${worst.c.certificate.number}（${worst.c.instrumentCode}）`,
    };
  }
  const mpes = spans
    .filter((s) => s.node)
    .map((s) => ({ s, mpe: s.mpeRelative ?? (s.accuracyClass ? safeMpe(s.accuracyClass) : undefined) }))
    .filter((x) => x.mpe !== undefined);
  if (mpes.length) {
    const worst = mpes.reduce((a, b) => (b.mpe! > a.mpe! ? b : a));
    return {
      fields: { mpeRel: worst.mpe!, distribution: 'rectangular' },
      basis: `JJF 1059.1-2012 4.3.3：${worst.s.instrumentCode ?? '计量器具'}最大允许误差 ±${(worst.mpe! * 100).toPrecision(3)} %，均匀分布 u = a/√3`,
    };
  }
  return {
    fields: { uRel: UNDOCUMENTED_ACTIVITY_UREL },
    basis: '证书未给出不确定度且无最大允许误差：取平台默认值 5 %（docs/CARBON.md）',
  };
};

const safeMpe = (accuracyClass: string): number | undefined => {
  try {
    return mpeFromAccuracyClass(accuracyClass);
  } catch {
    return undefined;
  }
};
