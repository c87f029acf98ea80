import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IngestRow } from '@jiliang/shared';
import { createIngestBatcher } from './ingest-batcher.ts';

const rowsOf = (n: number, from = 0): IngestRow[] =>
  Array.from({ length: n }, (_, i) => ({ point: 'E-1', ts: `2025-06-01T08:${String(from + i).padStart(2, '0')}:00+08:00`, value: i }));
const message = (rows: number, id?: string, rejections = 0) => ({
  rows: rowsOf(rows),
  rejections: Array.from({ length: rejections }, () => ({ field: 'value', reason: 'not a number', raw: null })),
  id,
});

describe('MQTT batching: one pipeline batch per lane every flushMs or maxRows (issue 5 §2)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (maxRows = 10, highWaterRows?: number) => {
    const batches: { lane: string; rows: number; rejections: number; ids: string[] }[] = [];
    let release: (() => void) | undefined;
    let hold = false;
    const batcher = createIngestBatcher<string>({
      flushMs: 200,
      maxRows,
      highWaterRows,
      commit: async (lane, rows, rejections, ids) => {
        batches.push({ lane, rows: rows.length, rejections: rejections.length, ids });
        if (hold) await new Promise<void>((resolve) => (release = resolve));
      },
      onError: (error) => {
        throw error;
      },
    });
    return { batcher, batches, holdCommits: () => (hold = true), releaseCommit: () => release?.() };
  };

  it('3 values per message, 3 messages: one batch of 3 × 3 = 9 rows 200 ms after the first, listing the 3 message ids', async () => {
    const { batcher, batches } = setup();
    for (const id of ['m1', 'm2', 'm3']) batcher.add('ent-A', 'ent-A', message(3, id));
    await vi.advanceTimersByTimeAsync(199);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([{ lane: 'ent-A', rows: 9, rejections: 0, ids: ['m1', 'm2', 'm3'] }]);
    expect(batcher.pendingRows()).toBe(0);
  });

  it('maxRows flushes at once; a message is never split across batches; lanes are separate', async () => {
    const { batcher, batches } = setup(10);
    batcher.add('ent-A', 'ent-A', message(6, 'a1'));
    batcher.add('ent-B', 'ent-B', message(1, 'b1'));
    batcher.add('ent-A', 'ent-A', message(6, 'a2', 1));
    await vi.advanceTimersByTimeAsync(0);
    // Lane A holds 6 + (6 + 1) = 13 ≥ 10: flushed now. 6 + 7 = 13 > 10, so a2 goes whole into the next batch.
    expect(batches).toEqual([
      { lane: 'ent-A', rows: 6, rejections: 0, ids: ['a1'] },
      { lane: 'ent-A', rows: 6, rejections: 1, ids: ['a2'] },
    ]);
    await vi.advanceTimersByTimeAsync(200);
    expect(batches[2]).toEqual({ lane: 'ent-B', rows: 1, rejections: 0, ids: ['b1'] });
    // A message larger than maxRows is a batch of its own.
    batcher.add('ent-A', 'ent-A', message(25, 'big'));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches[3]).toEqual({ lane: 'ent-A', rows: 25, rejections: 0, ids: ['big'] });
  });

  it('one batch in flight per lane: messages that arrive meanwhile form the next batch; high water holds the reader', async () => {
    const { batcher, batches, holdCommits, releaseCommit } = setup(10, 15);
    holdCommits();
    batcher.add('ent-A', 'ent-A', message(10));
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toHaveLength(1);
    batcher.add('ent-A', 'ent-A', message(3));
    batcher.add('ent-A', 'ent-A', message(3));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(batches).toHaveLength(1);
    // 10 in flight + 6 waiting = 16 ≥ 15: a reader waits.
    let resumed = false;
    void batcher.whenBelowHighWater().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(false);
    releaseCommit();
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(true);
    expect(batches[1]).toMatchObject({ rows: 6 });
    releaseCommit();
    await batcher.flushAll();
    expect(batcher.pendingRows()).toBe(0);
  });

  it('flushAll commits what is buffered without waiting for the timer', async () => {
    const { batcher, batches } = setup();
    batcher.add('ent-A', 'ent-A', message(2, 'last'));
    await batcher.flushAll();
    expect(batches).toEqual([{ lane: 'ent-A', rows: 2, rejections: 0, ids: ['last'] }]);
  });
});
