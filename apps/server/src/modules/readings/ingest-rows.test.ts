import { describe, expect, it } from 'vitest';
import type { IngestRow } from '@jiliang/shared';
import { checkIngestRows, type PointRef } from './ingest-rows.ts';

/** The row checks of the one pipeline (issue 5 §3): each refusal names its field and reason; good rows go on. */
const points = new Map<string, PointRef>([
  ['E-IN', { id: 'p-in', registerKind: 'cumulative', rolloverValue: 99_999 }],
  ['E-Q', { id: 'p-q', registerKind: 'interval', rolloverValue: null }],
]);
const now = new Date('2025-03-01T00:00:00Z');
const check = (rows: unknown[]) => checkIngestRows(rows as IngestRow[], points, now);

describe('checkIngestRows', () => {
  it('accepts ISO and Beijing local times, numeric strings, and codes with blanks around them', () => {
    const { staged, rejected } = check([
      { point: 'E-IN', ts: '2025-02-28T16:15:00Z', value: 10 },
      { point: ' E-Q ', ts: '2025-03-01 00:30', value: ' 2.5 ', reason: '  补录  ' },
    ]);
    expect(rejected).toEqual([]);
    expect(staged.map((s) => [s.pointId, s.ts.toISOString(), s.t, s.value, s.reason])).toEqual([
      ['p-in', '2025-02-28T16:15:00.000Z', Date.parse('2025-02-28T16:15:00Z'), 10, null],
      ['p-q', '2025-02-28T16:30:00.000Z', Date.parse('2025-02-28T16:30:00Z'), 2.5, '补录'],
    ]);
  });

  it('refuses each bad row with its field and reason, and keeps the good ones', () => {
    const { staged, rejected } = check([
      { point: 'NOPE', ts: '2025-02-28T16:15:00Z', value: 1 },
      { point: 'E-Q', ts: 'yesterday', value: 1 },
      { point: 'E-Q', ts: '2025-03-01T00:10:01Z', value: 1 },
      { point: 'E-Q', ts: '1999-12-31T15:59:59Z', value: 1 },
      { point: 'E-Q', ts: '2025-02-28T16:15:00Z', value: 'abc' },
      { point: 'E-Q', ts: '2025-02-28T16:15:00Z', value: null },
      { point: 'E-IN', ts: '2025-02-28T16:15:00Z', value: -1 },
      { point: 'E-IN', ts: '2025-02-28T16:30:00Z', value: 100_000 },
      null,
      { point: 'E-Q', ts: '2025-02-28T16:45:00Z', value: 3, reason: 42 },
    ]);
    expect(rejected.map((r) => [r.row, r.field])).toEqual([
      [1, 'point'],
      [2, 'ts'],
      [3, 'ts'],
      [4, 'ts'],
      [5, 'value'],
      [6, 'value'],
      [7, 'value'],
      [8, 'value'],
      [9, 'row'],
    ]);
    expect(rejected[2]!.reason).toContain('in the future');
    expect(rejected[3]!.reason).toContain('before 2000');
    expect(rejected[7]!.reason).toContain("above the register's rollover value");
    // A reason that is not text is ignored, not a failure of the batch.
    expect(staged.map((s) => [s.row, s.reason])).toEqual([[10, null]]);
  });

  it('the future allowance ends at now + 10 minutes exactly', () => {
    const { staged, rejected } = check([
      { point: 'E-Q', ts: '2025-03-01T00:10:00Z', value: 1 },
      { point: 'E-Q', ts: '2025-03-01T00:10:00.001Z', value: 1 },
    ]);
    expect(staged.map((s) => s.row)).toEqual([1]);
    expect(rejected.map((r) => r.row)).toEqual([2]);
  });

  it('one instant twice in a batch: the same value counts as a duplicate, a different value is refused', () => {
    const { staged, rejected, duplicateInBatch } = check([
      { point: 'E-Q', ts: '2025-02-28T16:15:00Z', value: 1 },
      { point: 'E-Q', ts: '2025-03-01T00:15:00+08:00', value: 1 },
      { point: 'E-Q', ts: '2025-03-01 00:15', value: 2 },
    ]);
    expect(staged).toHaveLength(1);
    expect(duplicateInBatch).toBe(1);
    expect(rejected).toEqual([expect.objectContaining({ row: 3, field: 'ts', reason: expect.stringContaining('第 1 行') })]);
  });
});
