import fc from 'fast-check';
import { QUALITY_FLAG_BITS } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { combineMeasuredAndEstimated, summariseEstimatedShare } from './estimated-share.ts';

const E = QUALITY_FLAG_BITS.estimated;
const G = QUALITY_FLAG_BITS.gap;

describe('estimated share of a total (issue 6 §3)', () => {
  it('75 measured + 25 estimated kWh: share 0.25; a measured reading with a gap flag is still measured', () => {
    const values = [
      { ts: 1, value: 50, flags: 0 },
      { ts: 2, value: 10, flags: E },
      { ts: 3, value: 15, flags: E },
      { ts: 4, value: 25, flags: G },
    ];
    expect(summariseEstimatedShare(values)).toEqual({ total: 100, measured: 75, estimated: 25, share: 0.25, estimatedCount: 2 });
  });

  it('an empty or all-zero total has no share', () => {
    expect(summariseEstimatedShare([]).share).toBeNull();
    expect(summariseEstimatedShare([{ ts: 1, value: 0, flags: E }]).share).toBeNull();
  });

  it('combine: sorted by ts, estimates keep their bit; an estimate over a measured instant or without the bit is refused', () => {
    const combined = combineMeasuredAndEstimated(
      [
        { ts: 3, value: 7, flags: 0 },
        { ts: 1, value: 5, flags: 0 },
      ],
      [{ ts: 2, value: 6, method: 'linear', flags: E }],
    );
    expect(combined).toEqual([
      { ts: 1, value: 5, flags: 0 },
      { ts: 2, value: 6, flags: E },
      { ts: 3, value: 7, flags: 0 },
    ]);
    expect(() => combineMeasuredAndEstimated([{ ts: 2, value: 1, flags: 0 }], [{ ts: 2, value: 6, method: 'linear', flags: E }])).toThrow(
      /estimated\[0\]\.ts: not_measured/,
    );
    expect(() => combineMeasuredAndEstimated([], [{ ts: 2, value: 6, method: 'linear', flags: 0 }])).toThrow(
      /estimated\[0\]\.flags: estimated_bit/,
    );
    expect(() => summariseEstimatedShare([{ ts: 1, value: -1, flags: 0 }])).toThrow(/values\[0\]\.value: non_negative/);
  });

  it('property: measured + estimated = total and 0 ≤ share ≤ 1', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: fc.double({ min: 0, max: 1e6, noNaN: true }), estimated: fc.boolean() })), (rows) => {
        const s = summariseEstimatedShare(rows.map((r, ts) => ({ ts, value: r.value, flags: r.estimated ? E : 0 })));
        expect(s.measured + s.estimated).toBe(s.total);
        expect(s.estimatedCount).toBe(rows.filter((r) => r.estimated).length);
        if (s.share !== null) {
          expect(s.share).toBeGreaterThanOrEqual(0);
          expect(s.share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
