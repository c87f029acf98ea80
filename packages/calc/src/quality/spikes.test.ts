import { describe, expect, it } from 'vitest';
import { computeReadingSteps } from '../readings/consumption.ts';
import { findSpikes, listRateSamples } from './spikes.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);
const Q = 15 * 60_000;
const T = sh('2025-03-01T10:00:00');
const series = (...values: number[]) => values.map((value, k) => ({ ts: T + k * Q, value }));

describe('findSpikes (rate of change above the point limit; equality passes)', () => {
  it('instantaneous 10 → 20 kW in 15 min is 40 kW/h: limit 40 passes, limit 39.999 flags the later reading', () => {
    const rates = listRateSamples(computeReadingSteps(series(10, 20), { registerKind: 'instantaneous' }), 'instantaneous', 15);
    expect(rates).toEqual([{ ts: T + Q, change: 10, elapsedMs: Q }]);
    expect(findSpikes(rates, 40).spikes).toEqual([]);
    const { spikes, findings } = findSpikes(rates, 39.999);
    expect(spikes).toEqual([{ ts: T + Q, change: 10, elapsedMs: Q, ratePerHour: 40 }]);
    expect(findings[0]).toMatchObject({ rule: 'spike', ts: T + Q, measured: 40, limit: 39.999, period: { from: T, to: T + Q } });
  });

  it('a fall counts like a rise (|change|), and binary noise at the limit passes: 10.00 → 10.03 over 1 h against 0.03/h', () => {
    expect(findSpikes([{ ts: T + Q, change: -10, elapsedMs: Q }], 39).spikes).toHaveLength(1);
    expect(findSpikes([{ ts: T + 4 * Q, change: 10.03 - 10.0, elapsedMs: 4 * Q }], 0.03).spikes).toEqual([]);
  });

  it('cumulative: a rollover 999999.50 → 0.50 is an advance of 1 kWh (4 kWh/h), not a spike; a negative step has no rate', () => {
    const steps = computeReadingSteps(series(999999.0, 999999.5, 0.5, 0.25, 1.25), {
      registerKind: 'cumulative',
      rolloverValue: 999999.99,
    });
    expect(steps.map((s) => s.flag)).toEqual(['first', 'ok', 'rollover', 'negative', 'ok']);
    const rates = listRateSamples(steps, 'cumulative', 15);
    expect(rates.map((r) => [r.ts, r.change])).toEqual([
      [T + Q, 0.5],
      [T + 2 * Q, 1],
      [T + 4 * Q, 1],
    ]);
    expect(findSpikes(rates, 4).spikes).toEqual([]);
    expect(findSpikes(rates, 3.99).spikes.map((s) => s.ts)).toEqual([T + 2 * Q, T + 4 * Q]);
  });

  it('cumulative with a multiplier and a missing reading: 30 register units × 2 over 30 min = 120 kWh/h', () => {
    const steps = computeReadingSteps([series(100)[0]!, { ts: T + 2 * Q, value: 130 }], { registerKind: 'cumulative', multiplier: 2 });
    expect(findSpikes(listRateSamples(steps, 'cumulative', 15), 100).spikes.map((s) => s.ratePerHour)).toEqual([120]);
  });

  it('interval register: each amount over the point interval, 5 kWh per 15 min = 20 kWh/h', () => {
    const steps = computeReadingSteps(series(5, 5.1), { registerKind: 'interval' });
    expect(findSpikes(listRateSamples(steps, 'interval', 15), 20).spikes.map((s) => s.ts)).toEqual([T + Q]);
  });

  it('rejects a limit ≤ 0 and a zero elapsed time', () => {
    expect(() => findSpikes([], 0)).toThrow(/maxRatePerHour: positive/);
    expect(() => findSpikes([{ ts: T, change: 1, elapsedMs: 0 }], 1)).toThrow(/samples\[0\]\.elapsedMs: positive/);
  });
});
