import { describe, expect, it } from 'vitest';
import { computeReadingSteps } from './consumption.ts';
import { coarsenRollups, combineRollups, convertRollup, rollup } from './rollup.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);
const Q = 15 * 60_000;

/** 97 quarter-hour readings of a register from 1 March 00:00 to 2 March 00:00 (Shanghai), +1 kWh each. */
const dayOfReadings = () => Array.from({ length: 97 }, (_, k) => ({ ts: sh('2025-03-01T00:00:00') + k * Q, value: 500 + k }));

describe('rollup (hour / day / month in Asia/Shanghai, the 00:00 reading closes the previous day)', () => {
  const steps = computeReadingSteps(dayOfReadings(), { registerKind: 'cumulative', multiplier: 2 });

  it('STANDARDS §3: 96 intervals of 1 kWh × 2 on 1 March = 192; the 1 March 00:00 reading (first, no delta) falls on 28 February', () => {
    const days = rollup(steps, 'day');
    expect(days.map((d) => [d.label, d.count, d.sum, d.consumptionCount])).toEqual([
      ['2025-02-28', 1, 0, 0],
      ['2025-03-01', 96, 192, 96],
    ]);
    expect(days[0]?.flags).toEqual({ ok: 0, rollover: 0, negative: 0, swap: 0, first: 1 });
    expect(days[1]?.flags.ok).toBe(96);
    // first / last are values (register × 2) at 00:15 and at 2 March 00:00: 501 × 2, 596 × 2.
    expect([days[1]?.first, days[1]?.firstTs, days[1]?.last, days[1]?.lastTs]).toEqual([
      1002,
      sh('2025-03-01T00:15:00'),
      1192,
      sh('2025-03-02T00:00:00'),
    ]);
  });

  it('hours: 24 hours of 4 readings and 4 × 2 = 8 kWh each, plus hour 28 Feb 23:00 holding the first reading', () => {
    const hours = rollup(steps, 'hour');
    expect(hours).toHaveLength(25);
    expect(hours[0]?.label).toBe('2025-02-28 23:00');
    expect(hours.slice(1).every((h) => h.count === 4 && h.sum === 8)).toBe(true);
    expect(hours[24]?.label).toBe('2025-03-01 23:00');
  });

  it('day from hours equals day from readings, month from days equals month from readings (field by field)', () => {
    const days = coarsenRollups(rollup(steps, 'hour'), 'day');
    expect(days).toEqual(rollup(steps, 'day'));
    expect(coarsenRollups(days, 'month')).toEqual(rollup(steps, 'month'));
    expect(coarsenRollups(rollup(steps, 'hour'), 'month').map((m) => [m.label, m.sum])).toEqual([
      ['2025-02', 0],
      ['2025-03', 192],
    ]);
  });

  it('instantaneous: 3, 7, 5 kW within hour 10:00 (given out of order) → min 3, max 7, mean (3 + 7 + 5) / 3 = 5, first 3, last 5', () => {
    const kw = computeReadingSteps(
      [
        { ts: sh('2025-03-01T10:30:00'), value: 7 },
        { ts: sh('2025-03-01T11:00:00'), value: 5 },
        { ts: sh('2025-03-01T10:15:00'), value: 3 },
      ],
      { registerKind: 'instantaneous' },
    );
    const [hour] = rollup(kw, 'hour');
    expect(hour).toMatchObject({
      label: '2025-03-01 10:00',
      count: 3,
      sum: 0,
      consumptionCount: 0,
      min: 3,
      max: 7,
      mean: 5,
      first: 3,
      last: 5,
    });
  });

  it('combineRollups: two disjoint halves of a day equal the whole day; the same half twice is refused', () => {
    const day = steps.filter((s) => s.ts > sh('2025-03-01T00:00:00'));
    const [whole] = rollup(day, 'day');
    const [morning] = rollup(day.slice(0, 48), 'day');
    const [evening] = rollup(day.slice(48), 'day');
    expect(combineRollups(evening!, morning!)).toEqual(whole);
    expect(() => combineRollups(morning!, morning!)).toThrow(/b: disjoint_readings/);
  });

  it('combineRollups refuses two different buckets; coarsenRollups refuses to split a day into hours', () => {
    const days = rollup(steps, 'day');
    expect(() => combineRollups(days[0]!, days[1]!)).toThrow(/b\.bucket: same_bucket/);
    expect(() => coarsenRollups(days, 'hour')).toThrow(/resolution: coarser/);
  });

  it('convertRollup kWh → MWh via units/convertUnit: 192 kWh = 0.192 MWh; counts unchanged', () => {
    const [, march] = rollup(steps, 'day');
    expect(convertRollup(march!, 'kWh', 'MWh')).toMatchObject({ sum: 0.192, count: 96, first: 1.002 });
    expect(() => convertRollup(march!, 'kWh', 't')).toThrow(/different dimensions/);
  });
});
