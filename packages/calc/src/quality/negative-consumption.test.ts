import { describe, expect, it } from 'vitest';
import { computeReadingSteps } from '../readings/consumption.ts';
import { findNegativeConsumption } from './negative-consumption.ts';

const T = Date.parse('2025-03-01T10:00:00+08:00');
const Q = 900_000;
const series = (...values: number[]) => values.map((value, k) => ({ ts: T + k * Q, value }));

describe('findNegativeConsumption (a register only counts up; consumption.ts judges rollover and swaps)', () => {
  it('cumulative 100 → 90 with multiplier 2 is a drop of −20 kWh, flagged on the 90 reading', () => {
    const steps = computeReadingSteps(series(100, 90, 91), { registerKind: 'cumulative', multiplier: 2 });
    const { negativeTs, findings } = findNegativeConsumption(steps);
    expect(negativeTs).toEqual([T + Q]);
    expect(findings[0]).toMatchObject({ rule: 'negative', ts: T + Q, measured: -20, limit: 0, period: { from: T, to: T + Q } });
  });

  it('a wrap 999999.50 → 0.50 with a rollover value is not negative; without one it is', () => {
    const values = series(999999.5, 0.5);
    expect(
      findNegativeConsumption(computeReadingSteps(values, { registerKind: 'cumulative', rolloverValue: 999999.99 })).negativeTs,
    ).toEqual([]);
    expect(findNegativeConsumption(computeReadingSteps(values, { registerKind: 'cumulative' })).negativeTs).toEqual([T + Q]);
  });

  it('a recorded meter swap (closing 500, opening 0) explains the drop 480 → 3', () => {
    const swaps = [{ at: T + Q / 2, closingReading: 500, openingReading: 0 }];
    const steps = computeReadingSteps(series(480, 3), { registerKind: 'cumulative' }, { swaps });
    expect(findNegativeConsumption(steps).negativeTs).toEqual([]);
  });

  it('interval register: a negative amount −3 × multiplier 10 = −30 is flagged', () => {
    const steps = computeReadingSteps(series(4, -3, 2), { registerKind: 'interval', multiplier: 10 });
    expect(findNegativeConsumption(steps, true).findings.map((f) => [f.ts, f.measured])).toEqual([[T + Q, -30]]);
  });
});
