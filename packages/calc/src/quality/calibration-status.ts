import type { CertificateReasonCode, TraceNode } from '../metrology/types.ts';
import { instrumentStatusAt } from '../metrology/instrument-status.ts';
import { toShanghaiDate } from '../lifecycle/calendar.ts';
import { checkInstant } from '../readings/buckets.ts';
import { throwQualityInput } from './quality-input.ts';
import { createFinding, type QualityFinding } from './types.ts';

/**
 * Rule 11, calibration status at reading time (STANDARDS §3: the access-end meters must be verified or
 * calibrated and within validity; CM-6(5) "from estimating to measuring"). A reading taken when the
 * instrument serving the point had no usable certificate is flagged. The judgement is the metrology
 * core's (issue 4): instrumentStatusAt(node, instant) reads the instant as its Asia/Shanghai day and finds
 * the governing certificate (valid and no_expiry are usable; expired, failed, revoked and none are not).
 *
 * - Certificates are valid by whole days, so a reading stamped 00:00 on the day after the last valid day
 *   is flagged, although it closes the interval before midnight: the register was read after expiry.
 * - `instruments` is the point's history (a meter swap can change the instrument): the one serving a
 *   reading is the last whose `since` ≤ ts (null = from the start). A reading no instrument serves, or one
 *   served by `node: null` (the point is linked to no instrument), is flagged NO_INSTRUMENT: it has no
 *   metrological standing.
 * - Consecutive flagged readings with the same instrument and reason make one finding.
 */
export type ServingInstrument = { since: number | null; node: TraceNode | null };

export type CalibrationReasonCode = CertificateReasonCode | 'NO_INSTRUMENT';

export type UncalibratedReading = { ts: number; nodeId: string | null; reason: CalibrationReasonCode };

export type CalibrationResult = {
  /** Readings taken with a usable certificate. */
  calibratedCount: number;
  uncalibrated: UncalibratedReading[];
  findings: QualityFinding[];
};

const servingAt = (instruments: readonly ServingInstrument[], ts: number): TraceNode | null => {
  let serving: TraceNode | null = null;
  for (const instrument of instruments) if (instrument.since === null || instrument.since <= ts) serving = instrument.node;
  return serving;
};

export const checkCalibrationAtReadings = (tsList: ArrayLike<number>, instruments: readonly ServingInstrument[]): CalibrationResult => {
  instruments.forEach((instrument, i) => {
    if (instrument.since !== null) checkInstant(instrument.since, `instruments[${i}].since`);
    const before = instruments[i - 1];
    if (i > 0 && (instrument.since === null || (before?.since != null && instrument.since <= before.since))) {
      throwQualityInput(
        `instruments[${i}].since`,
        'ascending',
        'instruments 必须按 since 升序排列',
        'list the serving instruments in order',
      );
    }
  });
  const cache = new Map<string, { usable: boolean; code: CertificateReasonCode; message: string; messageEn: string }>();
  const uncalibrated: UncalibratedReading[] = [];
  const findings: QualityFinding[] = [];
  let calibratedCount = 0;
  let run: {
    first: number;
    last: number;
    count: number;
    nodeId: string | null;
    code: CalibrationReasonCode;
    zh: string;
    en: string;
  } | null = null;
  const closeRun = (): void => {
    if (run === null) return;
    findings.push(
      createFinding(
        'calibration',
        { ts: run.first, period: { from: run.first, to: run.last } },
        { measured: run.count, limit: 0 },
        `${run.count} 个读数取自无有效证书的器具：${run.zh}`,
        `${run.count} readings were taken by an instrument with no valid certificate: ${run.en}`,
      ),
    );
    run = null;
  };
  for (let i = 0; i < tsList.length; i += 1) {
    const ts = checkInstant(tsList[i], `ts[${i}]`);
    const node = servingAt(instruments, ts);
    let status = {
      usable: false,
      code: 'NO_INSTRUMENT' as CalibrationReasonCode,
      message: '测点未关联计量器具',
      messageEn: 'no instrument serves the point',
    };
    if (node !== null) {
      const key = `${node.id}\u0000${toShanghaiDate(new Date(ts))}`;
      let known = cache.get(key);
      if (known === undefined) {
        const at = instrumentStatusAt(node, new Date(ts));
        known = { usable: at.isUsable, code: at.reason.code, message: at.reason.message, messageEn: at.reason.messageEn };
        cache.set(key, known);
      }
      status = known;
    }
    if (status.usable) {
      calibratedCount += 1;
      closeRun();
      continue;
    }
    const nodeId = node?.id ?? null;
    uncalibrated.push({ ts, nodeId, reason: status.code });
    if (run !== null && (run.nodeId !== nodeId || run.code !== status.code)) closeRun();
    if (run === null) run = { first: ts, last: ts, count: 0, nodeId, code: status.code, zh: status.message, en: status.messageEn };
    run.last = ts;
    run.count += 1;
  }
  closeRun();
  return { calibratedCount, uncalibrated, findings };
};
