import { describe, expect, it } from 'vitest';
import { makeCertificate, makeNode } from '../metrology/test-fixtures.ts';
import { checkCalibrationAtReadings } from './calibration-status.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);

/** Meter M1: verified 2024-04-01, 12-month interval → last valid day 2025-03-31. */
const m1 = makeNode({
  id: 'M1',
  kind: 'instrument',
  certificates: [makeCertificate({ id: 'c1', calibratedOn: '2024-04-01', kind: 'verification', conclusion: 'pass' })],
});
/** Meter M2: a 不合格 (fail) verification on 2025-03-15. */
const m2 = makeNode({
  id: 'M2',
  kind: 'instrument',
  certificates: [makeCertificate({ id: 'c2', calibratedOn: '2025-03-15', kind: 'verification', conclusion: 'fail' })],
});

describe('checkCalibrationAtReadings (STANDARDS §3: meters verified or calibrated and within validity, at reading time)', () => {
  it('the last valid day 2025-03-31 is valid up to 23:45; the 00:00 reading on 1 April is already expired (whole Shanghai days)', () => {
    const ts = [sh('2025-03-31T23:45:00'), sh('2025-04-01T00:00:00'), sh('2025-04-01T00:15:00')];
    const result = checkCalibrationAtReadings(ts, [{ since: null, node: m1 }]);
    expect(result.calibratedCount).toBe(1);
    expect(result.uncalibrated).toEqual([
      { ts: ts[1], nodeId: 'M1', reason: 'CERTIFICATE_EXPIRED' },
      { ts: ts[2], nodeId: 'M1', reason: 'CERTIFICATE_EXPIRED' },
    ]);
    // Consecutive readings with one instrument and one reason make one finding.
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'calibration', ts: ts[1], measured: 2, period: { from: ts[1], to: ts[2] } });
    expect(result.findings[0]?.message).toContain('2025-03-31');
  });

  it('a meter swap at 08:00 on 1 April to a freshly verified meter ends the flags', () => {
    const m3 = makeNode({
      id: 'M3',
      kind: 'instrument',
      certificates: [makeCertificate({ id: 'c3', calibratedOn: '2025-04-01', kind: 'verification', conclusion: 'pass' })],
    });
    const ts = [sh('2025-04-01T07:45:00'), sh('2025-04-01T08:00:00')];
    const result = checkCalibrationAtReadings(ts, [
      { since: null, node: m1 },
      { since: sh('2025-04-01T08:00:00'), node: m3 },
    ]);
    expect(result.uncalibrated.map((u) => u.nodeId)).toEqual(['M1']);
    expect(result.calibratedCount).toBe(1);
  });

  it('a failed verification and a point with no instrument are flagged with their reasons', () => {
    const ts = [sh('2025-03-14T12:00:00'), sh('2025-03-15T12:00:00')];
    expect(checkCalibrationAtReadings(ts, [{ since: null, node: m2 }]).uncalibrated.map((u) => u.reason)).toEqual([
      'NO_CERTIFICATE',
      'CERTIFICATE_FAILED',
    ]);
    const none = checkCalibrationAtReadings(ts, [{ since: null, node: null }]);
    expect(none.uncalibrated.map((u) => u.reason)).toEqual(['NO_INSTRUMENT', 'NO_INSTRUMENT']);
    expect(checkCalibrationAtReadings(ts, []).uncalibrated).toHaveLength(2);
  });

  it('refuses serving instruments out of order', () => {
    expect(() =>
      checkCalibrationAtReadings(
        [],
        [
          { since: 10, node: m1 },
          { since: 5, node: m2 },
        ],
      ),
    ).toThrow(/instruments\[1\]\.since: ascending/);
  });
});
