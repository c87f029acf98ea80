import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listAffectedBuckets } from './affected-buckets.ts';
import { bucketStartOf, nextBucketStart } from './buckets.ts';
import { computeReadingSteps, type MeterSwap } from './consumption.ts';
import type { MeterReading, PointContextInput } from './point-context.ts';
import { coarsenRollups, rollup, type ReadingRollup } from './rollup.ts';

/**
 * Issue #5 "Done when", at the pure level. The generator draws the increments first and derives the
 * register values (with wraps and one optional meter swap), so it knows the true consumption.
 * Binary-exact quantities (steps of 0.25, integer multipliers) make every sum exact, so the checks
 * are equalities; a second generator uses 0.01 kWh steps and a real multiplier with a tolerance.
 */
const Q = 15 * 60_000;
const START = Date.parse('2025-03-29T00:00:00+08:00'); // runs cross the 1 April month boundary

type History = {
  readings: MeterReading[];
  swaps: MeterSwap[];
  context: PointContextInput;
  truth: number;
  wraps: number;
  increments: number[];
};

const historyArbitrary = (quantum: number, modulus: number, multipliers: fc.Arbitrary<number>) =>
  fc
    .record({
      startSlot: fc.integer({ min: 0, max: 400 }),
      startQuanta: fc.integer({ min: 0, max: modulus / quantum - 1 }),
      // Each step: slots to the next reading (mostly 1, some gaps), jitter, increment (quanta < half the register).
      steps: fc.array(
        fc.record({
          slots: fc.constantFrom(1, 1, 1, 1, 2, 3, 8, 40),
          jitter: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 * 60_000 })),
          quanta: fc.integer({ min: 0, max: Math.floor(modulus / quantum / 10) }),
        }),
        { minLength: 1, maxLength: 150 },
      ),
      multiplier: multipliers,
      swap: fc.option(
        fc.record({ where: fc.nat(), split: fc.double({ min: 0, max: 1, noNaN: true }), opening: fc.nat(), multiplierAfter: multipliers }),
      ),
    })
    .map(({ startSlot, startQuanta, steps, multiplier, swap }): History => {
      const M = Math.round(modulus / quantum); // register range in quanta
      const scale = Math.round(1 / quantum); // n / scale is the correctly rounded decimal n × quantum, as a meter shows it
      const swapAt = swap ? (swap.where % steps.length) + 1 : -1; // the swap lies in interval (k−1, k]
      let slot = startSlot;
      let register = startQuanta;
      let m = multiplier;
      let truth = 0;
      let wraps = 0;
      const swaps: MeterSwap[] = [];
      const readings: MeterReading[] = [{ ts: START + slot * Q, value: register / scale }];
      const increments: number[] = [];
      steps.forEach((step, index) => {
        const k = index + 1;
        const previousTs = START + slot * Q + (index === 0 ? 0 : (steps[index - 1]?.jitter ?? 0));
        slot += step.slots;
        const ts = START + slot * Q + step.jitter;
        increments.push(step.quanta / scale);
        if (k === swapAt && swap) {
          const before = Math.floor(step.quanta * swap.split); // quanta on the old meter
          const closing = (register + before) % M;
          const opening = swap.opening % Math.floor(M / 2);
          swaps.push({
            at: previousTs + 1 + Math.floor((ts - previousTs - 1) * swap.split),
            closingReading: closing / scale,
            openingReading: opening / scale,
            multiplierAfter: swap.multiplierAfter,
          });
          truth += before * quantum * m + (step.quanta - before) * quantum * swap.multiplierAfter;
          m = swap.multiplierAfter;
          register = (opening + step.quanta - before) % M;
        } else {
          if (register + step.quanta >= M) wraps += 1;
          register = (register + step.quanta) % M;
          truth += step.quanta * quantum * m;
        }
        readings.push({ ts, value: register / scale });
      });
      const context: PointContextInput = { registerKind: 'cumulative', multiplier, rolloverValue: modulus - quantum, resolution: quantum };
      return { readings, swaps, context, truth, wraps, increments };
    });

const exactHistory = historyArbitrary(0.25, 1000, fc.integer({ min: 1, max: 200 }));

/** A shuffled copy split into batches, some of them delivered twice (at-least-once delivery). */
const arrivalArbitrary = (readings: MeterReading[]) =>
  fc
    .tuple(
      fc.shuffledSubarray(readings, { minLength: readings.length }),
      fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 30 }),
      fc.array(fc.nat(), { maxLength: 5 }),
    )
    .map(([shuffled, sizes, replays]) => {
      const batches: MeterReading[][] = [];
      for (let i = 0, b = 0; i < shuffled.length; b += 1) {
        const size = 1 + (sizes[b % sizes.length] ?? 0);
        batches.push(shuffled.slice(i, i + size));
        i += size;
      }
      for (const replay of replays) batches.splice(replay % (batches.length + 1), 0, batches[replay % batches.length] as MeterReading[]);
      return batches;
    });

/** The store keys readings by (point, ts): applying a reading again is a no-op. Returns the ts that changed. */
const applyBatch = (store: Map<number, number>, batch: readonly MeterReading[]): number[] => {
  const changed: number[] = [];
  for (const { ts, value } of batch) {
    if (store.get(ts) !== value) changed.push(ts);
    store.set(ts, value);
  }
  return changed;
};

const storedReadings = (store: Map<number, number>): MeterReading[] => [...store].map(([ts, value]) => ({ ts, value }));
const total = (rollups: readonly ReadingRollup[]): number => rollups.reduce((sum, r) => sum + r.sum, 0);

describe('issue #5 Done when: rollups equal the true consumption, for any arrival order (fast-check)', () => {
  it('cumulative register with wraps, a random swap and multiplier: Σ hours = Σ days = Σ months = true consumption, in any batch order', () => {
    fc.assert(
      fc.property(
        exactHistory.chain((history) => fc.tuple(fc.constant(history), arrivalArbitrary(history.readings))),
        ([history, batches]) => {
          const store = new Map<number, number>();
          for (const batch of batches) applyBatch(store, batch);
          // Map insertion order = arrival order, not time order: computeReadingSteps sorts.
          const steps = computeReadingSteps(storedReadings(store), history.context, { swaps: history.swaps });
          const hours = rollup(steps, 'hour');
          const days = rollup(steps, 'day');
          const months = rollup(steps, 'month');
          expect(total(hours)).toBe(history.truth);
          expect(total(days)).toBe(history.truth);
          expect(total(months)).toBe(history.truth);
          expect(coarsenRollups(hours, 'day')).toEqual(days);
          expect(coarsenRollups(days, 'month')).toEqual(months);
          const count = (flag: 'first' | 'swap' | 'rollover' | 'negative') => months.reduce((sum, m) => sum + m.flags[flag], 0);
          expect([count('first'), count('swap'), count('rollover'), count('negative')]).toEqual([
            1,
            history.swaps.length,
            history.wraps,
            0,
          ]);
        },
      ),
    );
  });

  it('replaying any batch changes nothing: same store, same steps', () => {
    fc.assert(
      fc.property(
        exactHistory.chain((history) => fc.tuple(fc.constant(history), arrivalArbitrary(history.readings), fc.nat())),
        ([history, batches, pick]) => {
          const store = new Map<number, number>();
          for (const batch of batches) applyBatch(store, batch);
          const before = computeReadingSteps(storedReadings(store), history.context, { swaps: history.swaps });
          expect(applyBatch(store, batches[pick % batches.length] as MeterReading[])).toEqual([]);
          expect(computeReadingSteps(storedReadings(store), history.context, { swaps: history.swaps })).toEqual(before);
        },
      ),
    );
  });

  it('rollups maintained batch by batch (listAffectedBuckets, recompute with previous) equal rollups from scratch', () => {
    fc.assert(
      fc.property(
        exactHistory.chain((history) => fc.tuple(fc.constant(history), arrivalArbitrary(history.readings))),
        ([history, batches]) => {
          const store = new Map<number, number>();
          const hours = new Map<number, ReadingRollup>();
          for (const batch of batches) {
            const changed = applyBatch(store, batch);
            const sorted = [...store.keys()].sort((a, b) => a - b);
            for (const start of listAffectedBuckets(sorted, changed, 'hour')) {
              const end = nextBucketStart(start, 'hour');
              const inBucket = sorted.filter((ts) => ts > start && ts <= end).map((ts) => ({ ts, value: store.get(ts) as number }));
              const previousTs = sorted.filter((ts) => ts <= start).at(-1);
              const previous = previousTs === undefined ? undefined : { ts: previousTs, value: store.get(previousTs) as number };
              const [recomputed] = rollup(computeReadingSteps(inBucket, history.context, { previous, swaps: history.swaps }), 'hour');
              hours.set(start, recomputed as ReadingRollup);
            }
          }
          const fromScratch = rollup(computeReadingSteps(storedReadings(store), history.context, { swaps: history.swaps }), 'hour');
          expect([...hours.values()].sort((a, b) => a.bucket - b.bucket)).toEqual(fromScratch);
          expect(total(fromScratch)).toBe(history.truth);
        },
      ),
    );
  });

  it('0.01 kWh register 999999.99, real multiplier: each delta is the true increment exactly, the total within 1e-9 relative', () => {
    const decimalHistory = historyArbitrary(0.01, 1_000_000, fc.constantFrom(1, 1.5, 40 * 100, 0.3, 12.5 * 35));
    fc.assert(
      fc.property(decimalHistory, (history) => {
        const context = { ...history.context, rolloverValue: 999_999.99, resolution: undefined };
        const steps = computeReadingSteps([...history.readings].reverse(), context, { swaps: history.swaps });
        steps.forEach((step, i) => {
          if (step.flag === 'ok' || step.flag === 'rollover') expect(step.delta).toBe(history.increments[i - 1]);
        });
        const sum = total(rollup(steps, 'day'));
        expect(Math.abs(sum - history.truth)).toBeLessThanOrEqual(1e-9 * Math.max(1, history.truth));
      }),
    );
  });

  it('arbitrary register values without rollover: every backward step is negative with null, every other delta is cur − prev', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 60 }), (values) => {
        const steps = computeReadingSteps(
          values.map((value, k) => ({ ts: START + k * Q, value })),
          { registerKind: 'cumulative' },
        );
        steps.slice(1).forEach((step, i) => {
          const d = (values[i + 1] as number) - (values[i] as number);
          expect(step.flag).toBe(d < 0 ? 'negative' : 'ok');
          expect(step.delta).toBe(d < 0 ? null : d);
        });
      }),
    );
  });
});

describe('bucket keys used above are the attribution rule', () => {
  it('bucketStartOf(the 00:00 reading) is the previous day', () => {
    expect(bucketStartOf(Date.parse('2025-04-01T00:00:00+08:00'), 'day')).toBe(Date.parse('2025-03-31T00:00:00+08:00'));
  });
});
