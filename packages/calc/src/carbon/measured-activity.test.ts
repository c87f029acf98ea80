import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../lifecycle/calendar.ts';
import { certificateAt } from '../metrology/certificate-validity.ts';
import { makeCertificate, makeNode } from '../metrology/test-fixtures.ts';
import {
  measuredActivityUncertainty,
  summariseMeasuredMonth,
  summariseMeasuredPeriod,
  UNDOCUMENTED_ACTIVITY_UREL,
  type InstrumentSpan,
} from './measured-activity.ts';

const meter = (validUntil: string, U = 0.5) =>
  makeNode({
    id: 'm1',
    kind: 'instrument',
    certificates: [
      makeCertificate({
        id: 'c1',
        number: 'WH-2024-0215',
        calibratedOn: '2024-02-15',
        validUntil,
        kind: 'verification',
        conclusion: 'pass',
        results: [{ quantity: '有功电能', unit: 'kWh', expandedUncertainty: U, coverageFactor: 2, relative: true }],
      }),
    ],
  });
const span = (node: InstrumentSpan['node'], fromDay = '1970-01-01', extra: Partial<InstrumentSpan> = {}): InstrumentSpan => ({
  fromDay,
  node,
  instrumentCode: 'A001',
  mpeRelative: null,
  accuracyClass: null,
  ...extra,
});

/** Issue 7 §3: the measured share counts the days on which the bound instrument's certificate was valid. */
describe('measured activity: certificate valid on the day (JJF 1001-2011 计量溯源性; 测算→计量)', () => {
  it('the last valid day counts, the day after does not: valid to 14 Feb 2025 → 14 of 28 days', () => {
    expect(summariseMeasuredMonth([span(meter('2025-02-14'))], '2025-02-01')).toMatchObject({ days: 28, validDays: 14 });
    expect(summariseMeasuredMonth([span(meter('2025-02-13'))], '2025-02-01')).toMatchObject({ validDays: 13 });
    expect(summariseMeasuredMonth([span(meter('2025-02-14'))], '2025-01-01')).toMatchObject({ days: 31, validDays: 31 });
    expect(summariseMeasuredMonth([span(meter('2025-02-14'))], '2025-03-01')).toMatchObject({ days: 31, validDays: 0, certificates: [] });
  });

  it('a swap to no instrument on the 11th ends the measured days; a leap February has 29 days', () => {
    const spans = [span(meter('2030-12-31')), span(null, '2028-02-11')];
    expect(summariseMeasuredMonth(spans, '2028-02-01')).toMatchObject({ days: 29, validDays: 10 });
  });

  it('u(activity) = U/k of the worst governing certificate; else the MPE as rectangular; else the 5 % default', () => {
    const months = [summariseMeasuredMonth([span(meter('2030-12-31', 0.5))], '2025-01-01')];
    expect(measuredActivityUncertainty(months, [span(meter('2030-12-31'))])).toMatchObject({ fields: { uRel: 0.0025 } });
    const noResults = makeNode({
      id: 'm2',
      kind: 'instrument',
      certificates: [makeCertificate({ id: 'c2', calibratedOn: '2025-01-01', validUntil: '2030-01-01' })],
    });
    const mpeSpans = [span(noResults, '1970-01-01', { accuracyClass: '0.5S' })];
    const mpeMonths = [summariseMeasuredMonth(mpeSpans, '2025-01-01')];
    expect(measuredActivityUncertainty(mpeMonths, mpeSpans)).toMatchObject({ fields: { mpeRel: 0.005, distribution: 'rectangular' } });
    const bare = [span(noResults)];
    expect(measuredActivityUncertainty([summariseMeasuredMonth(bare, '2025-01-01')], bare).fields).toEqual({
      uRel: UNDOCUMENTED_ACTIVITY_UREL,
    });
  });
});

describe('measured days by stretches equal a day-by-day count (property)', () => {
  it('for random certificates (expiry, failure, revocation, no validity) and instrument swaps', () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays('2024-01-01', n));
    const cert = fc.record({
      calibratedOn: day,
      validDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      conclusion: fc.constantFrom('pass' as const, 'fail' as const, 'limited' as const),
      revokedAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    });
    const node = (
      id: string,
      certs: { calibratedOn: string; validDays: number | null; conclusion: 'pass' | 'fail' | 'limited'; revokedAfter: number | null }[],
      interval: number | null,
    ) =>
      makeNode({
        id,
        kind: 'instrument',
        intervalMonths: interval,
        certificates: certs.map((c, i) =>
          makeCertificate({
            id: `${id}-${i}`,
            kind: 'verification',
            calibratedOn: c.calibratedOn,
            validUntil: c.validDays === null ? null : addDays(c.calibratedOn, c.validDays),
            conclusion: c.conclusion,
            revokedOn: c.revokedAfter === null ? null : addDays(c.calibratedOn, c.revokedAfter),
          }),
        ),
      });
    fc.assert(
      fc.property(
        fc.array(cert, { minLength: 0, maxLength: 4 }),
        fc.array(cert, { minLength: 0, maxLength: 3 }),
        fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
        day,
        fc.integer({ min: 0, max: 14 }),
        (a, b, interval, swapDay, monthIndex) => {
          const spans = [span(node('a', a, interval)), span(node('b', b, 12), swapDay)];
          const monthStart = addMonths('2024-01-01', monthIndex);
          const { days, validDays } = summariseMeasuredMonth(spans, monthStart);
          let naive = 0;
          for (let i = 0; i < days; i++) {
            const d = addDays(monthStart, i);
            const bound = d >= swapDay ? spans[1]! : spans[0]!;
            if (certificateAt(bound.node!, d).isUsable) naive++;
          }
          expect(validDays).toBe(naive);
          // The same month inside a year-long period gives the same count.
          const year = Array.from({ length: 12 }, (_, k) => addMonths('2024-01-01', k + 3));
          const inPeriod = summariseMeasuredPeriod(spans, year);
          year.forEach((m, k) => expect(inPeriod[k]!.validDays).toBe(summariseMeasuredMonth(spans, m).validDays));
        },
      ),
      { numRuns: 300 },
    );
  });
});
