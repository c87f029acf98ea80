import { describe, expect, it } from 'vitest';
import { evaluateGaps } from './quality-gaps.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);
const MIN = 60_000;
const DAY_START = sh('2025-03-01T00:00:00');
const DAY_END = sh('2025-03-02T00:00:00');
const day = { from: DAY_START, to: DAY_END };
const slots = Array.from({ length: 96 }, (_, k) => DAY_START + (k + 1) * 15 * MIN);
const without = (...missing: string[]): number[] => slots.filter((ts) => !missing.map(sh).includes(ts));

describe('evaluateGaps (STANDARDS §3: a 15-minute slot without an upload is missing)', () => {
  it('10:15 and 10:30 missing: one gap of 2 slots (30 min), closed by the 10:45 reading, which carries the flag', () => {
    const { gaps, findings } = evaluateGaps(without('2025-03-01T10:15:00', '2025-03-01T10:30:00'), day, 15);
    expect(gaps).toEqual([
      {
        from: sh('2025-03-01T10:00:00'),
        to: sh('2025-03-01T10:30:00'),
        missing: 2,
        durationMs: 30 * MIN,
        closingTs: sh('2025-03-01T10:45:00'),
      },
    ]);
    expect(findings[0]).toMatchObject({ rule: 'gap', ts: sh('2025-03-01T10:45:00'), measured: 2, limit: 0 });
    expect(findings[0]?.messageEn).toBe('2 consecutive intervals missing (30 min)');
  });

  it('a gap running to the end of the day has no closing reading', () => {
    const { gaps } = evaluateGaps(without('2025-03-01T23:45:00', '2025-03-02T00:00:00'), day, 15);
    expect(gaps).toEqual([{ from: sh('2025-03-01T23:30:00'), to: DAY_END, missing: 2, durationMs: 30 * MIN, closingTs: null }]);
  });

  it('the closing reading may be late (10:45:20 still closes the gap after 10:30)', () => {
    const ts = without('2025-03-01T10:15:00', '2025-03-01T10:30:00').map((t) => (t === sh('2025-03-01T10:45:00') ? t + 20_000 : t));
    expect(evaluateGaps(ts, day, 15).gaps[0]?.closingTs).toBe(sh('2025-03-01T10:45:20'));
  });

  it('minMissing 3 reports only runs of 3 or more: a single missing slot (05:00) is left out, 3 slots are not', () => {
    const ts = without('2025-03-01T05:00:00', '2025-03-01T12:15:00', '2025-03-01T12:30:00', '2025-03-01T12:45:00');
    expect(evaluateGaps(ts, day, 15).gaps.map((g) => g.missing)).toEqual([1, 3]);
    expect(evaluateGaps(ts, day, 15, 3).gaps.map((g) => [g.missing, g.closingTs])).toEqual([[3, sh('2025-03-01T13:00:00')]]);
    expect(() => evaluateGaps(ts, day, 15, 0)).toThrow(/minMissing: integer_at_least_1/);
  });
});
