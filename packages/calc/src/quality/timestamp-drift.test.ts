import { describe, expect, it } from 'vitest';
import { findTimestampDrift } from './timestamp-drift.ts';

const sh = (local: string): number => Date.parse(`${local}+08:00`);

describe('findTimestampDrift (STANDARDS §3: ≤ 1 min from the slot; equality passes)', () => {
  it('10:16:00 is 60 s off 10:15 and passes; 10:16:00.001 fails; 10:13:59.999 (−60.001 s) fails', () => {
    const ts = [sh('2025-03-01T10:16:00'), sh('2025-03-01T10:16:00.001'), sh('2025-03-01T10:13:59.999')];
    const { drifted, findings } = findTimestampDrift(ts, 15);
    expect(drifted).toEqual([
      { ts: ts[1], slotTs: sh('2025-03-01T10:15:00'), offsetMs: 60_001 },
      { ts: ts[2], slotTs: sh('2025-03-01T10:15:00'), offsetMs: -60_001 },
    ]);
    expect(findings[0]).toMatchObject({ rule: 'drift', measured: 60_001, limit: 60_000 });
  });

  it('the daily grid is 00:00 Shanghai: 16:00Z is on it, 00:00Z (08:00 Shanghai) is 8 h off', () => {
    const { drifted } = findTimestampDrift([Date.parse('2025-03-01T16:00:00Z'), Date.parse('2025-03-02T00:00:00Z')], 1440);
    expect(drifted.map((d) => d.offsetMs)).toEqual([8 * 3_600_000]);
  });

  it('a custom tolerance (monthly data: 1 day) and 0 tolerance (exactly on the slot)', () => {
    expect(findTimestampDrift([sh('2025-03-01T10:15:00.001')], 15, 0).drifted).toHaveLength(1);
    expect(findTimestampDrift([sh('2025-03-01T10:15:00')], 15, 0).drifted).toHaveLength(0);
    expect(() => findTimestampDrift([], 15, -1)).toThrow(/toleranceMs: non_negative/);
    expect(() => findTimestampDrift([1.5], 15)).toThrow(/ts\[0\]: epoch_ms/);
  });
});
