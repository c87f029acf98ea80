import { describe, expect, it } from 'vitest';
import { listAffectedBuckets } from './affected-buckets.ts';
import { expectedReadings, findGaps } from './gaps.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);
const MIN = 60_000;
const DAY_START = sh('2025-03-01T00:00:00');
const DAY_END = sh('2025-03-02T00:00:00');

describe('expectedReadings (STANDARDS §3 completeness = uploaded / expected)', () => {
  it('a Shanghai day (from, to]: 1440 / 15 = 96 at 15 min, 24 for an hourly indicator, 1 daily value', () => {
    expect(expectedReadings(DAY_START, DAY_END, 15)).toBe(96);
    expect(expectedReadings(DAY_START, DAY_END, 60)).toBe(24);
    expect(expectedReadings(DAY_START, DAY_END, 1440)).toBe(1);
  });

  it('off-grid bounds count the slots inside: (10:05, 11:05] holds 10:15, 10:30, 10:45, 11:00 = 4', () => {
    expect(expectedReadings(sh('2025-03-01T10:05:00'), sh('2025-03-01T11:05:00'), 15)).toBe(4);
  });

  it('the daily slot is 00:00 Shanghai (16:00Z), not 00:00 UTC: (1 Mar 07:00, 1 Mar 09:00] holds none', () => {
    expect(expectedReadings(sh('2025-03-01T07:00:00'), sh('2025-03-01T09:00:00'), 1440)).toBe(0);
  });

  it('rejects an interval that does not divide a day', () => {
    expect(() => expectedReadings(DAY_START, DAY_END, 7)).toThrow(/intervalMinutes: divides_day/);
  });
});

describe('findGaps (runs of empty 15-minute slots)', () => {
  const allSlots = Array.from({ length: 96 }, (_, k) => DAY_START + (k + 1) * 15 * MIN);

  it('missing 10:15, 10:30 and the last three slots 23:30, 23:45, 00:00 → two gaps of 2 and 3', () => {
    const missing = new Set([
      sh('2025-03-01T10:15:00'),
      sh('2025-03-01T10:30:00'),
      sh('2025-03-01T23:30:00'),
      sh('2025-03-01T23:45:00'),
      DAY_END,
    ]);
    const present = allSlots.filter((ts) => !missing.has(ts));
    expect(present).toHaveLength(91); // 96 − 5
    expect(findGaps(present, DAY_START, DAY_END, 15)).toEqual([
      { from: sh('2025-03-01T10:00:00'), to: sh('2025-03-01T10:30:00'), missing: 2 },
      { from: sh('2025-03-01T23:15:00'), to: DAY_END, missing: 3 },
    ]);
  });

  it('a meter stamping 3 s late (10:15:03) still fills 10:15; 7 min 31 s late fills 10:30 instead', () => {
    const slots = allSlots.map((ts) => (ts === sh('2025-03-01T10:15:00') ? ts + 3000 : ts));
    expect(findGaps(slots, DAY_START, DAY_END, 15)).toEqual([]);
    const shifted = allSlots
      .filter((ts) => ts !== sh('2025-03-01T10:30:00'))
      .map((ts) => (ts === sh('2025-03-01T10:15:00') ? ts + 451_000 : ts));
    expect(findGaps(shifted, DAY_START, DAY_END, 15)).toEqual([
      { from: sh('2025-03-01T10:00:00'), to: sh('2025-03-01T10:15:00'), missing: 1 },
    ]);
  });

  it('no readings: one gap of all 96 slots; readings outside the period are ignored', () => {
    expect(findGaps([DAY_START - 15 * MIN, DAY_START], DAY_START, DAY_END, 15)).toEqual([{ from: DAY_START, to: DAY_END, missing: 96 }]);
  });

  it('rejects unsorted timestamps', () => {
    expect(() => findGaps([DAY_END, DAY_START + 15 * MIN], DAY_START, DAY_END, 15)).toThrow(/sortedTs\[1\]: ascending/);
  });
});

describe('listAffectedBuckets (locality: a late reading changes its own step and its successor’s)', () => {
  const stored = [sh('2025-03-01T10:15:00'), sh('2025-03-01T10:45:00'), sh('2025-03-01T11:15:00'), sh('2025-03-01T12:00:00')];

  it('a late 10:45 reading whose successor is 11:15 touches hours 10:00 and 11:00', () => {
    expect(listAffectedBuckets(stored, [sh('2025-03-01T10:45:00')], 'hour')).toEqual([
      sh('2025-03-01T10:00:00'),
      sh('2025-03-01T11:00:00'),
    ]);
  });

  it('a late 11:15 reading whose successor 12:00 closes hour 11:00 touches hour 11:00 only; the last reading touches its own hour', () => {
    expect(listAffectedBuckets(stored, [sh('2025-03-01T11:15:00')], 'hour')).toEqual([sh('2025-03-01T11:00:00')]);
    expect(listAffectedBuckets(stored, [sh('2025-03-01T12:00:00')], 'day')).toEqual([DAY_START]);
  });

  it('a changed timestamp must be among the stored ones', () => {
    expect(() => listAffectedBuckets(stored, [sh('2025-03-01T10:30:00')], 'hour')).toThrow(/changedTs\[0\]: stored/);
  });
});
