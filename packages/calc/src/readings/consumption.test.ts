import { describe, expect, it } from 'vitest';
import { computeReadingSteps, cumulativeConsumption } from './consumption.ts';
import { checkMeterReading, parsePointContext } from './point-context.ts';

const T0 = Date.parse('2025-03-01T10:00:00+08:00');
const Q = 15 * 60_000;
/** The k-th quarter hour after T0. */
const q = (k: number): number => T0 + k * Q;
const pick = (steps: ReturnType<typeof computeReadingSteps>) => steps.map(({ delta, consumption, flag }) => ({ delta, consumption, flag }));

describe('cumulativeConsumption: rollover (DL/T 645-2007 register XXXXXX wraps to 0) with multiplier CT 40 × PT 100', () => {
  const context = { registerKind: 'cumulative' as const, rolloverValue: 999_999, multiplier: 40 * 100 };

  it('999990 → 999998 → 15 → 40: deltas 8, (1 000 000 − 999 998) + 15 = 17, 25; × 4000 = 32 000, 68 000, 100 000 kWh', () => {
    const readings = [
      { ts: q(1), value: 999_998 },
      { ts: q(2), value: 15 },
      { ts: q(3), value: 40 },
    ];
    const steps = cumulativeConsumption(readings, context, { previous: { ts: q(0), value: 999_990 } });
    expect(pick(steps)).toEqual([
      { delta: 8, consumption: 32_000, flag: 'ok' },
      { delta: 17, consumption: 68_000, flag: 'rollover' },
      { delta: 25, consumption: 100_000, flag: 'ok' },
    ]);
    expect(steps.map((s) => s.value)).toEqual([999_998 * 4000, 15 * 4000, 40 * 4000]);
  });

  it('readings in any order give the same steps, in time order', () => {
    const sorted = cumulativeConsumption(
      [999_990, 999_998, 15, 40].map((value, k) => ({ ts: q(k), value })),
      context,
    );
    const shuffled = cumulativeConsumption(
      [2, 0, 3, 1].map((k) => ({ ts: q(k), value: [999_990, 999_998, 15, 40][k] as number })),
      context,
    );
    expect(shuffled).toEqual(sorted);
    expect(sorted.map((s) => s.flag)).toEqual(['first', 'ok', 'rollover', 'ok']);
  });

  it('a small backward step is negative, not a wrap: 500 000 → 499 999 would wrap by 999 999 ≥ half the register (500 000)', () => {
    const steps = cumulativeConsumption([{ ts: q(1), value: 499_999 }], context, { previous: { ts: q(0), value: 500_000 } });
    expect(pick(steps)).toEqual([{ delta: null, consumption: null, flag: 'negative' }]);
  });

  it('maxDeltaPerHour: 9990.0 → 3000.0 on a 9999.9 register wraps by 10000 − 9990 + 3000 = 3010; above 100/h × 0.25 h = 25 it is negative', () => {
    const base = { registerKind: 'cumulative' as const, rolloverValue: 9999.9 };
    const options = { previous: { ts: q(0), value: 9990 } };
    expect(pick(cumulativeConsumption([{ ts: q(1), value: 3000 }], base, options))).toEqual([
      { delta: 3010, consumption: 3010, flag: 'rollover' },
    ]);
    expect(pick(cumulativeConsumption([{ ts: q(1), value: 3000 }], { ...base, maxDeltaPerHour: 100 }, options))[0]?.flag).toBe('negative');
    // 9990.0 → 5.0 wraps by 10000 − 9990 + 5 = 15 ≤ 25: plausible.
    expect(pick(cumulativeConsumption([{ ts: q(1), value: 5 }], { ...base, maxDeltaPerHour: 100 }, options))).toEqual([
      { delta: 15, consumption: 15, flag: 'rollover' },
    ]);
  });
});

describe('cumulativeConsumption: negative steps are flagged, never zeroed or added', () => {
  it('100.0 → 99.5 → 100.2 without rollover: null (negative), then 100.2 − 99.5 = 0.7 chained from the reading before', () => {
    const readings = [100, 99.5, 100.2].map((value, k) => ({ ts: q(k), value }));
    const steps = cumulativeConsumption(readings, { registerKind: 'cumulative', resolution: 0.1 });
    expect(pick(steps)).toEqual([
      { delta: null, consumption: null, flag: 'first' },
      { delta: null, consumption: null, flag: 'negative' },
      { delta: 0.7, consumption: 0.7, flag: 'ok' },
    ]);
  });

  it('resolution 0.01: 12345.67 − 12345.6 is exactly 0.07, not 0.0700000000002', () => {
    const steps = cumulativeConsumption(
      [{ ts: q(1), value: 12_345.67 }],
      { registerKind: 'cumulative', rolloverValue: 999_999.99 },
      { previous: { ts: q(0), value: 12_345.6 } },
    );
    expect(steps[0]?.delta).toBe(0.07);
  });
});

describe('cumulativeConsumption: meter swap (closing and opening readings, issue #5 §4)', () => {
  const previous = { ts: q(0), value: 12_340.1 };
  const swap = { at: q(0) + 5 * 60_000, closingReading: 12_345.6, openingReading: 0.3 };

  it('closing 12345.6, opening 0.3: (12345.6 − 12340.1) + (2.8 − 0.3) = 5.5 + 2.5 = 8.0; then 3.0 − 2.8 = 0.2', () => {
    const readings = [
      { ts: q(1), value: 2.8 },
      { ts: q(2), value: 3.0 },
    ];
    const steps = cumulativeConsumption(readings, { registerKind: 'cumulative', resolution: 0.1 }, { previous, swaps: [swap] });
    expect(pick(steps)).toEqual([
      { delta: 8, consumption: 8, flag: 'swap' },
      { delta: 0.2, consumption: 0.2, flag: 'ok' },
    ]);
  });

  it('CT changes with the new meter, 40 → 60: 5.5 × 40 + 2.5 × 60 = 220 + 150 = 370; then 0.2 × 60 = 12', () => {
    const readings = [
      { ts: q(1), value: 2.8 },
      { ts: q(2), value: 3.0 },
    ];
    const steps = cumulativeConsumption(
      readings,
      { registerKind: 'cumulative', resolution: 0.1, multiplier: 40 },
      { previous, swaps: [{ ...swap, multiplierAfter: 60 }] },
    );
    expect(steps.map((s) => s.consumption)).toEqual([370, 12]);
    expect(steps[1]?.value).toBe(180); // 3.0 × 60
  });

  it('a swap exactly at a reading: that reading is the new meter’s (ts ≥ at)', () => {
    const steps = cumulativeConsumption(
      [{ ts: q(1), value: 2.8 }],
      { registerKind: 'cumulative', resolution: 0.1 },
      { previous, swaps: [{ ...swap, at: q(1) }] },
    );
    expect(pick(steps)).toEqual([{ delta: 8, consumption: 8, flag: 'swap' }]);
  });

  it('a swap before these readings only sets the multiplier: 12 → 14 with multiplierAfter 60 is 2 × 60 = 120', () => {
    const steps = cumulativeConsumption(
      [{ ts: q(5), value: 14 }],
      { registerKind: 'cumulative', multiplier: 40 },
      { previous: { ts: q(4), value: 12 }, swaps: [{ at: q(1), closingReading: 900, openingReading: 0, multiplierAfter: 60 }] },
    );
    expect(pick(steps)).toEqual([{ delta: 2, consumption: 120, flag: 'ok' }]);
  });

  it('an old meter that went backwards before its closing reading makes the swap interval negative', () => {
    const steps = cumulativeConsumption(
      [{ ts: q(1), value: 2.8 }],
      { registerKind: 'cumulative' },
      { previous, swaps: [{ ...swap, closingReading: 12_000 }] },
    );
    expect(pick(steps)).toEqual([{ delta: null, consumption: null, flag: 'negative' }]);
  });
});

describe('computeReadingSteps: interval and instantaneous points', () => {
  it('interval register: 2.5, −1, 3 × multiplier 10 → 25, null (negative flagged), 30', () => {
    const steps = computeReadingSteps(
      [2.5, -1, 3].map((value, k) => ({ ts: q(k), value })),
      { registerKind: 'interval', multiplier: 10 },
    );
    expect(pick(steps)).toEqual([
      { delta: 2.5, consumption: 25, flag: 'ok' },
      { delta: null, consumption: null, flag: 'negative' },
      { delta: 3, consumption: 30, flag: 'ok' },
    ]);
  });

  it('instantaneous kW through CT 2: value 2 × 1.5 = 3, no consumption', () => {
    const steps = computeReadingSteps([{ ts: q(0), value: 1.5 }], { registerKind: 'instantaneous', multiplier: 2 });
    expect(steps).toEqual([{ ts: q(0), value: 3, delta: null, consumption: null, flag: 'ok' }]);
  });
});

describe('input rules (each error names the field and the rule)', () => {
  const context = { registerKind: 'cumulative' as const, rolloverValue: 999_999.99 };

  it('two readings at the same ts: unique_ts', () => {
    expect(() =>
      cumulativeConsumption(
        [
          { ts: q(1), value: 1 },
          { ts: q(0), value: 1 },
          { ts: q(1), value: 2 },
        ],
        context,
      ),
    ).toThrow(/readings\[\d\]\.ts: unique_ts/);
  });

  it('previous not before the first reading: previous.ts: before_readings', () => {
    expect(() => cumulativeConsumption([{ ts: q(1), value: 1 }], context, { previous: { ts: q(1), value: 0 } })).toThrow(
      /previous\.ts: before_readings/,
    );
  });

  it('a cumulative value above its rollover value or below 0: register_range', () => {
    expect(() => cumulativeConsumption([{ ts: q(0), value: 1_000_000 }], context)).toThrow(/readings\[0\]\.value: register_range/);
    expect(checkMeterReading({ ts: q(0), value: -1 }, parsePointContext(context))).toMatchObject({
      field: 'reading.value',
      rule: 'register_range',
    });
    expect(checkMeterReading({ ts: q(0), value: 5 }, parsePointContext(context))).toBeUndefined();
  });

  it('non-integer ts, non-finite value: epoch_ms, finite_number', () => {
    expect(() => cumulativeConsumption([{ ts: 1.5, value: 1 }], context)).toThrow(/readings\[0\]\.ts: epoch_ms/);
    expect(() => cumulativeConsumption([{ ts: 1, value: Number.NaN }], context)).toThrow(/readings\[0\]\.value: finite_number/);
  });

  it('STANDARDS §3 intervals 15 / 30 / 60 min divide a day; 7 does not: divides_day', () => {
    expect(parsePointContext({ registerKind: 'interval' }).intervalMinutes).toBe(15);
    expect(() => parsePointContext({ registerKind: 'interval', intervalMinutes: 7 })).toThrow(/intervalMinutes: divides_day/);
    expect(() => parsePointContext({ registerKind: 'interval', multiplier: 0 })).toThrow(/multiplier: positive/);
  });

  it('cumulativeConsumption on an instantaneous point is refused', () => {
    expect(() => cumulativeConsumption([], { registerKind: 'instantaneous' })).toThrow(/registerKind: cumulative/);
  });

  it('rolloverValue 999999.99 → resolution 0.01 and modulus 1 000 000; 999999 → 1 and 1 000 000', () => {
    expect(parsePointContext(context)).toMatchObject({ resolution: 0.01, modulus: 1_000_000, roundingScale: 100 });
    expect(parsePointContext({ registerKind: 'cumulative', rolloverValue: 999_999 })).toMatchObject({ resolution: 1, modulus: 1_000_000 });
  });
});
