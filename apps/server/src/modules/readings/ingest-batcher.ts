import type { IngestRow } from '@jiliang/shared';
import type { Rejection } from './ingest-rows.ts';

/**
 * Many small messages → few pipeline batches (issue 5 §2, MQTT). Rows are buffered per lane (one
 * enterprise × token × source) and handed to `commit` as one batch when the lane holds `maxRows` rows
 * or `flushMs` after its first buffered row, whichever comes first. One batch per lane is in flight at a
 * time; rows that arrive meanwhile go into the next batch, so a slow commit makes bigger batches rather
 * than a queue of small ones. Nothing is acknowledged here: `commit` runs the pipeline and reports.
 *
 * `pendingRows` counts rows buffered or in flight; `whenBelowHighWater` lets a reader stop taking new
 * messages while the store catches up (backpressure instead of unbounded memory).
 */
export type LooseRejection = Omit<Rejection, 'row'>;
export type BatchCommit<M> = (meta: M, rows: IngestRow[], rejections: LooseRejection[]) => Promise<void>;

type Lane<M> = {
  meta: M;
  rows: IngestRow[];
  rejections: LooseRejection[];
  timer: NodeJS.Timeout | undefined;
  draining: Promise<void> | undefined;
};

export type IngestBatcher<M> = ReturnType<typeof createIngestBatcher<M>>;

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

  const sizeOf = (lane: Lane<M>) => lane.rows.length + lane.rejections.length;

  const release = () => {
    if (pending >= highWaterRows) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const drain = async (key: string, lane: Lane<M>) => {
    try {
      // The emptiness check and the end of the drain happen in one synchronous step, so a row added
      // after the last commit is never stranded: it finds no drain running and starts a timer.
      while (sizeOf(lane) > 0) {
        clearTimeout(lane.timer);
        lane.timer = undefined;
        const rows = lane.rows.splice(0, maxRows);
        const rejections = lane.rejections.splice(0, Math.max(0, maxRows - rows.length));
        try {
          await commit(lane.meta, rows, rejections);
        } catch (error) {
          onError(error);
        } finally {
          pending -= rows.length + rejections.length;
          release();
        }
      }
    } finally {
      lane.draining = undefined;
      if (sizeOf(lane) === 0 && !lane.timer) lanes.delete(key);
    }
  };

  const flush = (key: string, lane: Lane<M>) => {
    clearTimeout(lane.timer);
    lane.timer = undefined;
    lane.draining ??= drain(key, lane);
  };

  /** Buffer one message's rows (and the rows it could not form) in its lane. */
  const add = (key: string, meta: M, rows: readonly IngestRow[], rejections: readonly LooseRejection[] = []) => {
    if (rows.length === 0 && rejections.length === 0) return;
    let lane = lanes.get(key);
    if (!lane) {
      lane = { meta, rows: [], rejections: [], timer: undefined, draining: undefined };
      lanes.set(key, lane);
    }
    lane.meta = meta;
    lane.rows.push(...rows);
    lane.rejections.push(...rejections);
    pending += rows.length + rejections.length;
    if (sizeOf(lane) >= maxRows) flush(key, lane);
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
