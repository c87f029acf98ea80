import { randomUUID } from 'node:crypto';
import { BENCH_ACTOR, quarterValue, timed, type BenchEnterprise, type BenchServer, type ReadingRow } from './fixture.ts';

/**
 * A year of 15-minute data for the query bench (issue 5 §8): 35 040 quarters per point, loaded the fast
 * way the brief allows — COPY straight into `readings`, then the pipeline's own rollup refresh
 * (`services.rollups.refresh`, the code every batch runs) over each point's whole year, so the rollups
 * are exactly the ones the pipeline maintains. The month partitions are made by the pipeline too: a
 * first batch through `services.ingest.ingest` holds the first reading of every month of the first point.
 * Rows are generated lazily, partition by partition and point by point in key order, so 7 million rows
 * never sit in memory and every partition's primary key grows at its right edge.
 */
export const QUARTERS_PER_YEAR = 35_040;
const QUARTER_MS = 900_000;
const SHANGHAI_MS = 8 * 3_600_000;

export type YearLoad = { points: number; readings: number; copySeconds: number; rollupSeconds: number; pipelineSeconds: number };

/** The step (0-based quarter) of every reading that is the first of its Shanghai month (partitions are [from, to) by instant). */
const monthStarts = (startMs: number, quarters: number): number[] => {
  const starts: number[] = [];
  let previousMonth = -1;
  for (let s = 0; s < quarters; s++) {
    const local = new Date(startMs + (s + 1) * QUARTER_MS + SHANGHAI_MS);
    const month = local.getUTCFullYear() * 12 + local.getUTCMonth();
    if (month !== previousMonth) starts.push(s);
    previousMonth = month;
  }
  return starts;
};

export const loadYear = async (
  server: BenchServer,
  enterprise: BenchEnterprise,
  startMs: number,
  options: { concurrency: number },
): Promise<YearLoad> => {
  const { services, store } = server;
  const codes = enterprise.codes;
  const starts = monthStarts(startMs, QUARTERS_PER_YEAR);
  const seed: ReadingRow[] = starts.map((s) => ({
    point: codes[0]!,
    ts: new Date(startMs + (s + 1) * QUARTER_MS).toISOString(),
    value: quarterValue(0, s),
  }));
  const pipeline = await timed(() => services.ingest.ingest(BENCH_ACTOR, enterprise.id, seed, { source: 'demo' }));
  if (pipeline.result.accepted !== seed.length) throw new Error(`partition seed: accepted ${pipeline.result.accepted} of ${seed.length}`);
  const seeded = new Set(starts);
  const byId = codes.map((code, index) => ({ id: enterprise.pointIds.get(code)!, index })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const batchId = randomUUID();
  const rows = function* () {
    const bounds = [...starts, QUARTERS_PER_YEAR];
    for (let m = 0; m < starts.length; m++)
      for (const { id, index } of byId)
        for (let s = bounds[m]!; s < bounds[m + 1]!; s++) {
          if (index === 0 && seeded.has(s)) continue;
          yield [id, new Date(startMs + (s + 1) * QUARTER_MS), quarterValue(index, s), batchId];
        }
  };
  const copy = await timed(() => store.copyRows('readings', ['point_id', 'ts', 'value', 'batch_id'], rows()));
  const readings = copy.result + seed.length;
  if (readings !== codes.length * QUARTERS_PER_YEAR) throw new Error(`year load wrote ${readings} readings`);
  const from = new Date(startMs + QUARTER_MS);
  const to = new Date(startMs + QUARTERS_PER_YEAR * QUARTER_MS);
  const rollup = await timed(async () => {
    let next = 0;
    const worker = async () => {
      while (next < byId.length) {
        const { id } = byId[next++]!;
        await services.rollups.refresh(store.db, [{ pointId: id, from, to }]);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  });
  return {
    points: codes.length,
    readings,
    copySeconds: copy.seconds,
    rollupSeconds: rollup.seconds,
    pipelineSeconds: pipeline.seconds,
  };
};
