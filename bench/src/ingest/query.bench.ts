import { sql } from 'kysely';
import type { Services } from '@jiliang/server';
import { median, servicesOn, timed, type BenchEnterprise, type BenchServer } from './fixture.ts';
import { createStatementTimer } from './profile.ts';

/**
 * A year at day resolution for the whole enterprise (issue 5 §8, goal < 100 ms from rollups):
 * `services.series.series(…)` — what GET /api/series runs — against a naive scan of the raw readings in
 * the same store that computes the same figures. Both answers are checked against each other, so the
 * fast one is known to be right. Times are medians of several runs after one warm-up run; the
 * breakdown (points lookup, aggregate) is after ANALYZE.
 */
export type QueryFigures = {
  days: number;
  /** Medians: before any ANALYZE, and after one (the steady state on PostgreSQL, whose autovacuum analyses). */
  seriesAsLoadedMs: number;
  seriesMs: number;
  naiveMs: number;
  seriesRuns: number;
  naiveRuns: number;
  /** Mean ms per series call spent in its statements: the points lookup and the rollup aggregate (the rest is JS and the pool). */
  pointsLookupMs: number;
  aggregateMs: number;
};

type Scope = Parameters<Services['series']['series']>[0];
const ALL: Scope = { kind: 'all' };

/** Sum of day consumption over the enterprise's raw readings; a reading at 00:00 closes the previous day (UTC+8, no DST). */
const naiveDays = (server: BenchServer, enterpriseId: string, from: Date, to: Date) =>
  sql<{ day: Date; consumption: number; readings: number }>`
    SELECT date_trunc('day', (r.ts AT TIME ZONE 'UTC') + interval '8 hours' - interval '1 microsecond') AS day,
           sum(r.value) AS consumption, count(*)::int AS readings
    FROM readings r JOIN points p ON p.id = r.point_id
    WHERE p.enterprise_id = ${enterpriseId} AND r.ts > ${from} AND r.ts <= ${to}
    GROUP BY 1 ORDER BY 1`.execute(server.store.db);

export const benchQuery = async (
  server: BenchServer,
  enterprise: BenchEnterprise,
  year: { from: Date; to: Date },
  runs: { series: number; naive: number },
): Promise<QueryFigures> => {
  const query = { enterpriseId: enterprise.id, from: year.from.toISOString(), to: year.to.toISOString(), resolution: 'day' as const };
  const fromRollups = () => server.services.series.series(ALL, query);
  const fromRaw = () => naiveDays(server, enterprise.id, year.from, year.to);
  const series = await fromRollups();
  const naive = (await fromRaw()).rows;
  // The two answers agree, day by day: same number of days, readings and consumption (to float rounding).
  if (series.buckets.length !== naive.length)
    throw new Error(`series has ${series.buckets.length} days, the raw scan ${naive.length}: the rollups are incomplete`);
  series.buckets.forEach((b, i) => {
    const raw = naive[i]!;
    if (b.readings !== raw.readings || Math.abs((b.consumption ?? 0) - raw.consumption) > 1e-6 * Math.max(1, raw.consumption))
      throw new Error(`day ${b.bucket}: rollups ${b.consumption} kWh / ${b.readings} readings, raw ${raw.consumption} / ${raw.readings}`);
  });
  const timeSeries = async () => {
    const ms: number[] = [];
    for (let i = 0; i < runs.series; i++) ms.push((await timed(fromRollups)).seconds * 1000);
    return median(ms);
  };
  // Right after a bulk load the planner has no statistics on the rollups (it then sorts 73 000 rows on
  // disk instead of hashing 365 groups). PostgreSQL's autovacuum ANALYZEs within a minute or so;
  // PGlite has no autovacuum, so there the "as loaded" figure is the one a user gets until someone runs ANALYZE.
  const seriesAsLoadedMs = await timeSeries();
  await sql`ANALYZE readings, rollups_hour, rollups_day, rollups_month`.execute(server.store.db);
  const seriesMs = await timeSeries();
  const naiveMs: number[] = [];
  for (let i = 0; i < runs.naive; i++) naiveMs.push((await timed(fromRaw)).seconds * 1000);
  // Once more through services whose statements are timed: where the series call spends its time.
  const timer = createStatementTimer();
  const timedSeries = servicesOn(server.store.db.withPlugin(timer.plugin)).series;
  for (let i = 0; i < runs.series; i++) await timedSeries.series(ALL, query);
  const statementMs = (label: string) => ((timer.byLabel.get(label) ?? 0) * 1000) / runs.series;
  return {
    days: series.buckets.length,
    seriesAsLoadedMs,
    seriesMs,
    naiveMs: median(naiveMs),
    seriesRuns: runs.series,
    naiveRuns: runs.naive,
    pointsLookupMs: statementMs('SELECT points'),
    aggregateMs: [...timer.byLabel.keys()].filter((l) => l !== 'SELECT points').reduce((sum, l) => sum + statementMs(l), 0),
  };
};
