import { describe, expect, it } from 'vitest';
import { instrumentDueStatus, instrumentStatusAt } from './instrument-status.ts';
import { makeCertificate, makeNode } from './test-fixtures.ts';

/**
 * A flow meter verified on 2024-01-10 (valid until 2025-01-09), lapsed, and re-verified on 2025-03-01
 * (no stated validity; interval 12 months → 2025-03-01 + 12 months − 1 day = 2026-02-28).
 */
const first = makeCertificate({
  id: 'v1',
  number: 'JD-2024-0110',
  kind: 'verification',
  conclusion: 'pass',
  calibratedOn: '2024-01-10',
  validUntil: '2025-01-09',
});
const renewal = makeCertificate({
  id: 'v2',
  number: 'JD-2025-0301',
  kind: 'calibration',
  conclusion: 'calibrated',
  calibratedOn: '2025-03-01',
  validUntil: null,
  results: [{ quantity: '流量', value: 50, unit: 'm³/h', expandedUncertainty: 0.4, coverageFactor: 2, relative: true }],
});
const flowMeter = makeNode({ id: 'F', kind: 'instrument', name: '天然气流量计', intervalMonths: 12, certificates: [first, renewal] });
const options = { accuracyClass: '1.0', reading: 40, unit: 'm³/h' };

describe('instrumentStatusAt: a certificate that lapsed and was renewed (status at time t, Asia/Shanghai days)', () => {
  it('23:59 Shanghai on the last valid day 2025-01-09: valid, u from the class, a = 0.01 × 40 = 0.4 m³/h, u = 0.4/√3 = 0.230940107675850', () => {
    const status = instrumentStatusAt(flowMeter, new Date('2025-01-09T15:59:00Z'), options);
    expect(status).toMatchObject({ at: '2025-01-09', certificateState: 'valid', isUsable: true, validUntil: '2025-01-09' });
    expect(status.standardUncertainty?.method).toBe('mpe_rectangular');
    expect(status.standardUncertainty?.u).toBeCloseTo(0.23094010767585, 12);
  });

  it('00:00 Shanghai on 2025-01-10 (16:00Z the day before): expired, names JD-2024-0110 and 2025-01-09; no standard uncertainty', () => {
    const status = instrumentStatusAt(flowMeter, new Date('2025-01-09T16:00:00Z'), options);
    expect(status).toMatchObject({ at: '2025-01-10', certificateState: 'expired', isUsable: false, standardUncertainty: null });
    expect(status.reason.code).toBe('CERTIFICATE_EXPIRED');
    expect(status.reason.message).toContain('JD-2024-0110');
    expect(status.reason.message).toContain('2025-01-09');
  });

  it('in the gap (2025-02-15) still expired on the lapsed certificate', () => {
    expect(instrumentStatusAt(flowMeter, '2025-02-15', options).certificate?.number).toBe('JD-2024-0110');
  });

  it('from the renewal 2025-03-01: valid until 2026-02-28, U/k: uRel = 0.004 / 2 = 0.002, u = 0.002 × 40 = 0.08 m³/h', () => {
    const status = instrumentStatusAt(flowMeter, '2025-03-01', options);
    expect(status).toMatchObject({ certificateState: 'valid', validUntil: '2026-02-28', certificate: { number: 'JD-2025-0301' } });
    expect(status.uncertainty).toEqual(renewal.results);
    expect(status.standardUncertainty).toMatchObject({ method: 'certificate_U_over_k' });
    expect(status.standardUncertainty?.uRel).toBeCloseTo(0.002, 15);
    expect(status.standardUncertainty?.u).toBeCloseTo(0.08, 15);
  });

  it('without a reading: the certificate and its results, no standard uncertainty', () => {
    expect(instrumentStatusAt(flowMeter, '2025-03-01').standardUncertainty).toBeNull();
  });

  it('a reading without a unit is a validation error', () => {
    expect(() => instrumentStatusAt(flowMeter, '2025-03-01', { reading: 40 })).toThrow(/unit: required_with_reading/);
  });
});

describe('instrumentDueStatus: overdue and due within 30 days', () => {
  // Due date 2026-02-28 (the renewal's last valid day).
  it.each([
    ['2026-01-28', 'ok', 31],
    ['2026-01-29', 'due_soon', 30],
    ['2026-02-28', 'due_soon', 0],
    ['2026-03-01', 'overdue', -1],
  ] as const)('today %s → %s, %i days left', (today, state, daysLeft) => {
    expect(instrumentDueStatus(flowMeter, today)).toMatchObject({
      state,
      daysLeft,
      dueDate: '2026-02-28',
      certificateNumber: 'JD-2025-0301',
    });
  });

  it('a custom window: 31 days left is due_soon with a 31-day window', () => {
    expect(instrumentDueStatus(flowMeter, '2026-01-28', 31).state).toBe('due_soon');
  });

  it('never certified before its first certificate', () => {
    expect(instrumentDueStatus(flowMeter, '2024-01-09')).toMatchObject({ state: 'never_certified', certificateState: 'none' });
  });

  it('no due date when neither the certificate nor the node sets a validity', () => {
    expect(instrumentDueStatus({ ...flowMeter, intervalMonths: null }, '2025-06-01')).toMatchObject({
      state: 'no_due_date',
      certificateState: 'no_expiry',
    });
  });

  it('unusable after a 不合格 verification', () => {
    const failed = makeCertificate({ id: 'v3', kind: 'verification', conclusion: 'fail', calibratedOn: '2025-06-01' });
    expect(instrumentDueStatus({ ...flowMeter, certificates: [...flowMeter.certificates, failed] }, '2025-06-02')).toMatchObject({
      state: 'unusable',
      certificateState: 'failed',
    });
  });

  it('a negative window is a validation error', () => {
    expect(() => instrumentDueStatus(flowMeter, '2025-06-01', -1)).toThrow(/windowDays/);
  });
});
