import fc from 'fast-check';
import { QUALITY_FLAG_BITS } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { findGaps } from '../readings/gaps.ts';
import { fillGapsLinear, fillGapsWeekdayProfile, listGapSlots } from './gap-filling.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);
const Q = 15 * 60_000;
const WEEK = 7 * 86_400_000;
const ESTIMATED = QUALITY_FLAG_BITS.estimated;
const T = sh('2025-03-08T10:00:00'); // a Saturday
const gap = { from: T, to: T + 3 * Q, missing: 3 }; // 10:15, 10:30, 10:45 missing

describe('fillGapsLinear (by time, between the known neighbours; never extrapolated)', () => {
  it('register 100 at 10:00 and 104 at 11:00 → 101, 102, 103, each estimated and named linear', () => {
    const known = [
      { ts: T, value: 100 },
      { ts: T + 4 * Q, value: 104 },
    ];
    expect(fillGapsLinear(known, [gap], 15)).toEqual({
      estimated: [
        { ts: T + Q, value: 101, method: 'linear', flags: ESTIMATED },
        { ts: T + 2 * Q, value: 102, method: 'linear', flags: ESTIMATED },
        { ts: T + 3 * Q, value: 103, method: 'linear', flags: ESTIMATED },
      ],
      unfilled: [],
    });
  });

  it('a wrap inside the gap (999999 → 3, modulus 1 000 000) is interpolated across 0: 0, 1, 2', () => {
    const known = [
      { ts: T, value: 999999 },
      { ts: T + 4 * Q, value: 3 },
    ];
    expect(fillGapsLinear(known, [gap], 15, { modulus: 1_000_000 }).estimated.map((e) => e.value)).toEqual([0, 1, 2]);
  });

  it('no known value after the gap: nothing is filled, the slots are listed unfilled', () => {
    expect(fillGapsLinear([{ ts: T, value: 100 }], [gap], 15)).toEqual({ estimated: [], unfilled: listGapSlots(gap, 15) });
  });

  it('property: a linear signal is reproduced, and estimates stay between their neighbours', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.subarray(
          Array.from({ length: 40 }, (_, k) => k + 1),
          { minLength: 1 },
        ),
        (start, slope, missingSlots) => {
          const missing = new Set(missingSlots);
          const known = Array.from({ length: 42 }, (_, k) => k)
            .filter((k) => !missing.has(k))
            .map((k) => ({ ts: T + k * Q, value: start + slope * k }));
          const gaps = findGaps(
            known.map((s) => s.ts),
            T,
            T + 41 * Q,
            15,
          );
          const { estimated, unfilled } = fillGapsLinear(known, gaps, 15);
          expect(unfilled).toEqual([]);
          expect(estimated.map((e) => e.ts)).toEqual([...missing].sort((a, b) => a - b).map((k) => T + k * Q));
          for (const e of estimated) {
            const k = (e.ts - T) / Q;
            expect(e.value).toBeCloseTo(start + slope * k, 6);
            expect(e.flags).toBe(ESTIMATED);
          }
        },
      ),
    );
  });
});

describe('fillGapsWeekdayProfile (same weekday and time over the previous 4 weeks)', () => {
  const history = [4, 3, 2, 1]
    .flatMap((weeksBack) => [1, 2, 3, 4].map((k) => ({ ts: T + k * Q - weeksBack * WEEK, value: k * weeksBack })))
    .sort((a, b) => a.ts - b.ts);

  it('interval amounts: 10:15 was 1, 2, 3, 4 on the last four Saturdays → mean 2.5; 10:30 → 5; 10:45 → 7.5', () => {
    expect(fillGapsWeekdayProfile(history, [gap], 15).estimated).toEqual([
      { ts: T + Q, value: 2.5, method: 'weekday_profile', flags: ESTIMATED },
      { ts: T + 2 * Q, value: 5, method: 'weekday_profile', flags: ESTIMATED },
      { ts: T + 3 * Q, value: 7.5, method: 'weekday_profile', flags: ESTIMATED },
    ]);
  });

  it('only two of four weeks known → their mean; weeks: 1 uses last Saturday only; no history → unfilled', () => {
    const partial = history.filter((s) => s.ts > T - 2 * WEEK - 1);
    expect(fillGapsWeekdayProfile(partial, [gap], 15).estimated[0]?.value).toBe(1.5);
    expect(fillGapsWeekdayProfile(history, [gap], 15, { weeks: 1 }).estimated[0]?.value).toBe(1);
    expect(fillGapsWeekdayProfile([], [gap], 15).unfilled).toHaveLength(3);
  });

  it('cumulative with anchors: register 100 → 110 over four slots shaped 1 : 2 : 3 : 4 → 101, 103, 106', () => {
    const anchors = [
      { ts: T, value: 100 },
      { ts: T + 4 * Q, value: 110 },
    ];
    const result = fillGapsWeekdayProfile(history, [gap], 15, { anchors });
    expect(result.estimated.map((e) => e.value)).toEqual([101, 103, 106]);
    const flat = fillGapsWeekdayProfile([], [gap], 15, { anchors });
    expect(flat).toEqual({ estimated: [], unfilled: listGapSlots(gap, 15) });
  });

  it('property: anchored estimates rise monotonically from the reading before to the one after', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 50, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (shape, before, advance) => {
          const h = shape.map((value, i) => ({ ts: T + (i + 1) * Q - WEEK, value }));
          const anchors = [
            { ts: T, value: before },
            { ts: T + 4 * Q, value: before + advance },
          ];
          const values = fillGapsWeekdayProfile(h, [gap], 15, { anchors }).estimated.map((e) => e.value);
          expect(values).toHaveLength(3);
          [before, ...values, before + advance].reduce((previous, value) => {
            expect(value).toBeGreaterThanOrEqual(previous - 1e-9);
            return value;
          });
        },
      ),
    );
  });
});
