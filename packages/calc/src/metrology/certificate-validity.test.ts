import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '@jiliang/shared';
import { addDays, countDaysBetween, createCalendarDate } from '../lifecycle/calendar.ts';
import { certificateAt, getCertificateValidUntil } from './certificate-validity.ts';
import { makeCertificate, makeNode } from './test-fixtures.ts';

const lapsed = makeCertificate({ id: 'a', number: 'JL-2024-001', calibratedOn: '2024-04-01', validUntil: '2025-03-31' });

describe('last valid day (certificate validUntil, else calibratedOn + intervalMonths − 1 day)', () => {
  it('stated validUntil wins over the interval', () => {
    expect(getCertificateValidUntil(lapsed, 6)).toBe('2025-03-31');
  });

  it('Civil Code art. 202 month-end rule: 2024-04-01 + 12 months − 1 day = 2025-03-31', () => {
    expect(getCertificateValidUntil({ ...lapsed, validUntil: null }, 12)).toBe('2025-03-31');
  });

  it('month end: 2024-01-31 + 1 month = 2024-02-29 (leap year), − 1 day = 2024-02-28', () => {
    expect(getCertificateValidUntil(makeCertificate({ id: 'x', calibratedOn: '2024-01-31' }), 1)).toBe('2024-02-28');
  });

  it('neither validUntil nor interval: null', () => {
    expect(getCertificateValidUntil(makeCertificate({ id: 'x', calibratedOn: '2024-01-31' }), null)).toBeNull();
  });
});

describe('certificateAt: boundaries of validity', () => {
  const node = makeNode({ id: 'meter', kind: 'instrument', certificates: [lapsed] });

  it('the day of expiry (2025-03-31) is valid', () => {
    const status = certificateAt(node, '2025-03-31');
    expect(status).toMatchObject({ state: 'valid', isUsable: true, validUntil: '2025-03-31', reason: { code: 'CERTIFICATE_VALID' } });
    expect(status.certificate?.id).toBe('a');
  });

  it('the day after (2025-04-01) is expired, and the message names the certificate and its last valid day', () => {
    const status = certificateAt(node, '2025-04-01');
    expect(status).toMatchObject({ state: 'expired', isUsable: false, reason: { code: 'CERTIFICATE_EXPIRED' } });
    expect(status.reason.message).toContain('JL-2024-001');
    expect(status.reason.message).toContain('于 2025-03-31 到期');
    expect(status.reason.messageEn).toContain('last valid day was 2025-03-31');
  });

  it('the calibration day itself is valid; the day before there is no certificate, and the message says when the first came', () => {
    expect(certificateAt(node, '2024-04-01').state).toBe('valid');
    const before = certificateAt(node, '2024-03-31');
    expect(before).toMatchObject({ state: 'none', isUsable: false, reason: { code: 'NO_CERTIFICATE' } });
    expect(before.reason.message).toContain('JL-2024-001');
    expect(before.reason.message).toContain('2024-04-01');
  });

  it('a node that never had a certificate', () => {
    expect(certificateAt(makeNode({ id: 'new' }), '2025-01-01').reason.message).toContain('尚无任何证书');
  });
});

describe('certificateAt: renewals', () => {
  it('renewed on the day after the lapse: no gap', () => {
    const renewed = makeCertificate({ id: 'b', number: 'JL-2025-001', calibratedOn: '2025-04-01', validUntil: '2026-03-31' });
    const node = makeNode({ id: 'meter', certificates: [renewed, lapsed] });
    expect(certificateAt(node, '2025-03-31').certificate?.number).toBe('JL-2024-001');
    expect(certificateAt(node, '2025-04-01')).toMatchObject({ state: 'valid', certificate: { number: 'JL-2025-001' } });
  });

  it('renewed after a gap: in the gap the state is expired and names the lapsed certificate', () => {
    const renewed = makeCertificate({ id: 'b', number: 'JL-2025-077', calibratedOn: '2025-05-10', validUntil: '2026-05-09' });
    const node = makeNode({ id: 'meter', certificates: [lapsed, renewed] });
    const gap = certificateAt(node, '2025-04-15');
    expect(gap).toMatchObject({ state: 'expired', certificate: { number: 'JL-2024-001' }, validUntil: '2025-03-31' });
    expect(certificateAt(node, '2025-05-09').state).toBe('expired');
    expect(certificateAt(node, '2025-05-10')).toMatchObject({ state: 'valid', certificate: { number: 'JL-2025-077' } });
  });

  it('a newer 不合格 (fail) verification supersedes an older one that would still run', () => {
    const pass = makeCertificate({
      id: 'p',
      kind: 'verification',
      conclusion: 'pass',
      calibratedOn: '2024-01-10',
      validUntil: '2026-01-09',
    });
    const fail = makeCertificate({
      id: 'f',
      number: 'JD-F',
      kind: 'verification',
      conclusion: 'fail',
      calibratedOn: '2025-02-01',
      validUntil: null,
    });
    const status = certificateAt(makeNode({ id: 'm', certificates: [pass, fail] }), '2025-02-01');
    expect(status).toMatchObject({ state: 'failed', isUsable: false, reason: { code: 'CERTIFICATE_FAILED' } });
    expect(status.reason.message).toContain('JD-F');
  });

  it('same calibratedOn: the later validUntil governs, whatever the row order', () => {
    const short = makeCertificate({ id: 's', calibratedOn: '2025-01-01', validUntil: '2025-06-30' });
    const long = makeCertificate({ id: 'l', calibratedOn: '2025-01-01', validUntil: '2025-12-31' });
    expect(certificateAt(makeNode({ id: 'm', certificates: [short, long] }), '2025-03-01').certificate?.id).toBe('l');
    expect(certificateAt(makeNode({ id: 'm', certificates: [long, short] }), '2025-03-01').certificate?.id).toBe('l');
  });
});

describe('certificateAt: revoked, limited, no expiry', () => {
  it('revoked: invalid from revokedOn on, valid the day before', () => {
    const node = makeNode({ id: 'm', certificates: [{ ...lapsed, revokedOn: '2024-10-01' }] });
    expect(certificateAt(node, '2024-09-30').state).toBe('valid');
    expect(certificateAt(node, '2024-10-01')).toMatchObject({ state: 'revoked', reason: { code: 'CERTIFICATE_REVOKED' } });
  });

  it('限用 (limited) counts as valid, with a CERTIFICATE_LIMITED warning', () => {
    const limited = makeCertificate({
      id: 'l',
      kind: 'verification',
      conclusion: 'limited',
      calibratedOn: '2025-01-01',
      validUntil: '2025-12-31',
    });
    const status = certificateAt(makeNode({ id: 'm', certificates: [limited] }), '2025-06-01');
    expect(status).toMatchObject({ state: 'valid', isUsable: true });
    expect(status.warnings.map((w) => w.code)).toEqual(['CERTIFICATE_LIMITED']);
  });

  it('no validUntil and no interval: no_expiry, usable, with a NO_EXPIRY_SET warning', () => {
    const status = certificateAt(
      makeNode({ id: 'm', intervalMonths: null, certificates: [{ ...lapsed, validUntil: null }] }),
      '2030-01-01',
    );
    expect(status).toMatchObject({ state: 'no_expiry', isUsable: true, reason: { code: 'NO_EXPIRY_SET' } });
    expect(status.validUntil).toBeUndefined();
    expect(status.warnings.map((w) => w.code)).toEqual(['NO_EXPIRY_SET']);
  });
});

describe('certificateAt: bad input names the field and the rule', () => {
  const expectInvalid = (run: () => unknown, field: string) => {
    try {
      run();
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
      expect((error as AppError).details).toEqual([expect.objectContaining({ field })]);
    }
  };

  it('validUntil before calibratedOn', () => {
    expectInvalid(
      () => certificateAt(makeNode({ id: 'm', certificates: [{ ...lapsed, validUntil: '2024-03-31' }] }), '2025-01-01'),
      'certificates[0].validUntil',
    );
  });

  it('a verification certificate without a verdict', () => {
    const noVerdict = makeCertificate({ id: 'v', kind: 'verification', conclusion: 'calibrated', calibratedOn: '2025-01-01' });
    expectInvalid(() => certificateAt(makeNode({ id: 'm', certificates: [noVerdict] }), '2025-01-01'), 'certificates[0].conclusion');
  });

  it('a date that is not YYYY-MM-DD', () => {
    expectInvalid(() => certificateAt(makeNode({ id: 'm' }), '2025-02-30'), 'date');
  });
});

describe('certificateAt: property', () => {
  const day = fc
    .record({ year: fc.integer({ min: 2020, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => createCalendarDate(year, month, day));

  it('valid on every day from calibratedOn to the last valid day, expired on every later day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), fc.integer({ min: -400, max: 2000 }), (calibratedOn, months, offset) => {
        const node = makeNode({ id: 'm', intervalMonths: months, certificates: [makeCertificate({ id: 'c', calibratedOn })] });
        const lastDay = getCertificateValidUntil(node.certificates[0]!, months)!;
        const date = addDays(calibratedOn, offset);
        const expected = offset < 0 ? 'none' : countDaysBetween(date, lastDay) >= 0 ? 'valid' : 'expired';
        expect(certificateAt(node, date).state).toBe(expected);
      }),
    );
  });
});
