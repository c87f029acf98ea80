import type { IngestRow } from '@jiliang/shared';
import type { Rejection } from './ingest-rows.ts';

/**
 * Many small messages → few pipeline batches (issue 5 §2, MQTT). Messages are buffered per lane (one
 * enterprise × token × source) and handed to `commit` as one batch when the lane holds `maxRows` rows or
 * `flushMs` after its first buffered message, whichever comes first. A message is never split: a batch
 * holds whole messages, so the receipt of a batch acknowledges exactly the message ids it lists. One batch
 * per lane is in flight at a time; messages that arrive meanwhile go into the next batch, so a slow commit
 * makes bigger batches rather than a queue of small ones. Nothing is acknowledged here: `commit` runs the
 * pipeline and reports.
 *
 * `pendingRows` counts rows buffered or in flight; `whenBelowHighWater` lets a reader stop taking new
 * messages while the store catches up (backpressure instead of unbounded memory).
 */
export type LooseRejection = Omit<Rejection, 'row'>;
export type BufferedMessage = { rows: readonly IngestRow[]; rejections: readonly LooseRejection[]; id?: string };
export type BatchCommit<M> = (meta: M, rows: IngestRow[], rejections: LooseRejection[], messageIds: string[]) => Promise<void>;

type Lane<M> = {
  meta: M;
  messages: BufferedMessage[];
  size: number;
  timer: NodeJS.Timeout | undefined;
  draining: Promise<void> | undefined;
};

export type IngestBatcher<M> = ReturnType<typeof createIngestBatcher<M>>;

const sizeOf = (message: BufferedMessage) => message.rows.length + message.rejections.length;

export const createIngestBatcher = <M>({
  flushMs,
  maxRows,
  highWaterRows = maxRows * 20,
  commit,
  onError,
}: {
  flushMs: number;
  maxRows: number;
  highWaterRows?: number;
  commit: BatchCommit<M>;
  onError: (error: unknown) => void;
}) => {
  const lanes = new Map<string, Lane<M>>();
  let pending = 0;
  let waiters: (() => void)[] = [];

  const release = () => {
    if (pending >= highWaterRows) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  /** Whole messages from the front of the lane, up to maxRows rows (at least one message). */
  const take = (lane: Lane<M>) => {
    const rows: IngestRow[] = [];
    const rejections: LooseRejection[] = [];
    const messageIds: string[] = [];
    let size = 0;
    let count = 0;
    for (const message of lane.messages) {
      if (size > 0 && size + sizeOf(message) > maxRows) break;
      for (const row of message.rows) rows.push(row);
      for (const rejection of message.rejections) rejections.push(rejection);
      if (message.id !== undefined) messageIds.push(message.id);
      size += sizeOf(message);
      count++;
    }
    // One splice per batch, not a shift per message: a lane may hold 100 000 messages while a commit runs.
    lane.messages.splice(0, count);
    lane.size -= size;
    return { rows, rejections, messageIds, size };
  };

  const drain = async (key: string, lane: Lane<M>) => {
    try {
      // The emptiness check and the end of the drain happen in one synchronous step, so a message added
      // after the last commit is never stranded: it finds no drain running and starts a timer.
      while (lane.messages.length > 0) {
        clearTimeout(lane.timer);
        lane.timer = undefined;
        const batch = take(lane);
        try {
          await commit(lane.meta, batch.rows, batch.rejections, batch.messageIds);
        } catch (error) {
          onError(error);
        } finally {
          pending -= batch.size;
          release();
        }
      }
    } finally {
      lane.draining = undefined;
      if (lane.messages.length === 0 && !lane.timer) lanes.delete(key);
    }
  };

  const flush = (key: string, lane: Lane<M>) => {
    clearTimeout(lane.timer);
    lane.timer = undefined;
    lane.draining ??= drain(key, lane);
  };

  /** Buffer one message (its rows, the rows it could not form, and the sender's id for it) in its lane. */
  const add = (key: string, meta: M, message: BufferedMessage) => {
    if (sizeOf(message) === 0 && message.id === undefined) return;
    let lane = lanes.get(key);
    if (!lane) {
      lane = { meta, messages: [], size: 0, timer: undefined, draining: undefined };
      lanes.set(key, lane);
    }
    lane.meta = meta;
    lane.messages.push(message);
    lane.size += sizeOf(message);
    pending += sizeOf(message);
    if (lane.size >= maxRows) flush(key, lane);
    else if (!lane.timer && !lane.draining) {
      const current = lane;
      lane.timer = setTimeout(() => flush(key, current), flushMs);
    }
  };

  /** Commit everything buffered now (at shutdown), and wait for every batch in flight. */
  const flushAll = async () => {
    while (lanes.size > 0) {
      for (const [key, lane] of lanes) flush(key, lane);
      await Promise.all([...lanes.values()].map((lane) => lane.draining));
    }
  };

  const whenBelowHighWater = (): Promise<void> =>
    pending < highWaterRows ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));

  return { add, flushAll, whenBelowHighWater, pendingRows: () => pending };
};
