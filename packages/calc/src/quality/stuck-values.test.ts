import { describe, expect, it } from 'vitest';
import { findStuckValues } from './stuck-values.ts';

const T = Date.parse('2025-03-01T10:00:00+08:00');
const Q = 900_000;
const series = (...values: number[]) => values.map((value, k) => ({ ts: T + k * Q, value }));
const repeat = (value: number, n: number): number[] => Array.from({ length: n }, () => value);

describe('findStuckValues (N = 8 identical consecutive values; zeros are a plant at rest)', () => {
  it('7 identical values pass, 8 fail and every reading of the run is flagged', () => {
    expect(findStuckValues(series(1, ...repeat(42.5, 7), 2)).runs).toEqual([]);
    const { runs, stuckTs, findings } = findStuckValues(series(1, ...repeat(42.5, 8), 2));
    expect(runs).toEqual([{ fromTs: T + Q, toTs: T + 8 * Q, value: 42.5, count: 8 }]);
    expect(stuckTs).toEqual(Array.from({ length: 8 }, (_, k) => T + (k + 1) * Q));
    expect(findings[0]).toMatchObject({ rule: 'stuck', ts: T + 8 * Q, measured: 8, limit: 7 });
  });

  it('a run at the end of the series counts; two runs are reported separately', () => {
    const { runs } = findStuckValues(series(...repeat(3, 9), ...repeat(4, 8)));
    expect(runs.map((r) => [r.value, r.count])).toEqual([
      [3, 9],
      [4, 8],
    ]);
  });

  it('zeros never count (a plant at rest); other resting values can be listed', () => {
    expect(findStuckValues(series(...repeat(0, 30))).runs).toEqual([]);
    expect(findStuckValues(series(...repeat(20, 30)), { restingValues: [0, 20] }).runs).toEqual([]);
    expect(findStuckValues(series(...repeat(0, 30)), { restingValues: [] }).runs).toHaveLength(1);
  });

  it('N is configurable: runLength 3 flags 3 equal values; runLength < 2 is refused', () => {
    expect(findStuckValues(series(5, 5, 5), { runLength: 3 }).runs).toHaveLength(1);
    expect(findStuckValues(series(5, 5), { runLength: 3 }).runs).toHaveLength(0);
    expect(() => findStuckValues(series(5), { runLength: 1 })).toThrow(/runLength: integer_at_least_2/);
  });
});
