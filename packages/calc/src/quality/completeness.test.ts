import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCompleteness } from './completeness.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY_START = sh('2025-03-01T00:00:00');
const DAY_END = sh('2025-03-02T00:00:00');
/** The 96 quarter-hour slots of 1 March: 00:15 … 2 March 00:00. */
const quarterSlots = Array.from({ length: 96 }, (_, k) => DAY_START + (k + 1) * 15 * MIN);

describe('evaluateCompleteness (STANDARDS §3: uploaded / expected ≥ 90 %)', () => {
  const hourly = Array.from({ length: 1000 }, (_, k) => DAY_START + (k + 1) * HOUR);
  const period = { from: DAY_START, to: DAY_START + 1000 * HOUR };

  it('1000 hourly slots: 900 received = 90 % passes', () => {
    const result = evaluateCompleteness({ sortedTs: hourly.slice(0, 900), ...period, intervalMinutes: 60 });
    expect([result.expected, result.received, result.ratio, result.passes]).toEqual([1000, 900, 0.9, true]);
    expect(result.findings).toEqual([]);
  });

  it('899 received = 89.9 % fails, with a finding quoting 89.9 % against 90 %', () => {
    const result = evaluateCompleteness({ sortedTs: hourly.slice(0, 899), ...period, intervalMinutes: 60 });
    expect([result.received, result.ratio, result.passes]).toEqual([899, 0.899, false]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'completeness', ts: null, measured: 0.899, limit: 0.9, period });
    expect(result.findings[0]?.message).toContain('89.9 %（899/1000）低于 90 %');
  });

  it('a 15-minute day expects 96: 87 (90.625 %) passes, 86 (89.583 %) fails', () => {
    expect(evaluateCompleteness({ sortedTs: quarterSlots.slice(0, 87), from: DAY_START, to: DAY_END, intervalMinutes: 15 }).passes).toBe(
      true,
    );
    const failing = evaluateCompleteness({ sortedTs: quarterSlots.slice(0, 86), from: DAY_START, to: DAY_END, intervalMinutes: 15 });
    expect([failing.expected, failing.received, failing.passes]).toEqual([96, 86, false]);
    expect(failing.gaps).toEqual([{ from: sh('2025-03-01T21:30:00'), to: DAY_END, missing: 10 }]);
  });

  it('a second reading in one slot (10:15 and 10:15:03) counts once: completeness never exceeds 100 %', () => {
    const doubled = [...quarterSlots, sh('2025-03-01T10:15:03')].sort((a, b) => a - b);
    const result = evaluateCompleteness({ sortedTs: doubled, from: DAY_START, to: DAY_END, intervalMinutes: 15 });
    expect([result.received, result.ratio]).toEqual([96, 1]);
  });

  it('a stricter threshold of 95 % fails 91 of 96 (94.8 %) and passes 92 (95.8 %)', () => {
    const at = (n: number) =>
      evaluateCompleteness({ sortedTs: quarterSlots.slice(0, n), from: DAY_START, to: DAY_END, intervalMinutes: 15, threshold: 0.95 });
    expect([at(91).passes, at(92).passes]).toEqual([false, true]);
  });

  it('rejects a threshold outside (0, 1] and a period without a slot, naming field and rule', () => {
    expect(() => evaluateCompleteness({ sortedTs: [], from: DAY_START, to: DAY_END, intervalMinutes: 15, threshold: 90 })).toThrow(
      /threshold: fraction/,
    );
    expect(() => evaluateCompleteness({ sortedTs: [], from: DAY_START, to: DAY_START + MIN, intervalMinutes: 15 })).toThrow(
      /to: holds_a_slot/,
    );
  });

  it('property: received = the slots kept, and the day passes exactly when at least 87 of 96 are kept', () => {
    fc.assert(
      fc.property(fc.subarray(quarterSlots), (kept) => {
        const result = evaluateCompleteness({ sortedTs: kept, from: DAY_START, to: DAY_END, intervalMinutes: 15 });
        expect(result.received).toBe(kept.length);
        expect(result.passes).toBe(kept.length >= 87);
        expect(result.ratio).toBeGreaterThanOrEqual(0);
        expect(result.ratio).toBeLessThanOrEqual(1);
      }),
    );
  });
});
