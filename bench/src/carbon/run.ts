/**
 * `npm run bench:carbon [-- options]`: the accounting benchmarks of issue 7 §7, each against a baseline measured in the
 * same run. No time is asserted; correctness is (the run's total equals the baseline's figure).
 *
 *   1. An annual accounting run for an enterprise with 200 points of 15-minute data, from the monthly rollups, against a
 *      single SQL aggregate of the same rollups (sum × the factor), and over the raw readings. The run also resolves factor versions,
 *      reads the certificates of 200 instruments for the measured share, propagates the uncertainty and stores the
 *      record. Goal: within 2× of the aggregate. On PostgreSQL (a scratch database) and PGlite (in memory).
 *   2. A Monte Carlo of 10 000 iterations over 100 fuel sources (400 uncertain inputs), against one plain GUM
 *      propagation of the same sources. Goal: ≥ 100 000 iterations/s.
 *
 *   --points <n>       points (and sources) of the enterprise on PostgreSQL (default 200)
 *   --pglite-points <n> the same on PGlite (default 20: loading 7 M rows into PGlite takes too long)
 *   --repeat <n>       timed repetitions of each figure, the median is reported (default 15)
 *   --store <s>        postgres | pglite | both (default both)
 */
import { parseArgs } from 'node:util';
import { benchAnnualRun } from './annual-run.bench.ts';
import { benchMonteCarlo } from './monte-carlo.bench.ts';
import { isPostgresReachable, type StoreKind } from '../ingest/fixture.ts';

const { values: args } = parseArgs({
  options: {
    points: { type: 'string', default: '200' },
    'pglite-points': { type: 'string', default: '20' },
    repeat: { type: 'string', default: '15' },
    store: { type: 'string', default: 'both' },
  },
});
const points = Number(args.points);
const repeat = Number(args.repeat);
const stores: StoreKind[] = args.store === 'both' ? ['postgres', 'pglite'] : [args.store as StoreKind];
const pglitePoints = Number(args['pglite-points']);

const fmt = (n: number, digits = 1) => n.toLocaleString('en', { maximumFractionDigits: digits });

console.log('bench:carbon — issue 7 §7 (medians; ratios against baselines measured in this run)');
for (const kind of stores) {
  if (kind === 'postgres' && !(await isPostgresReachable())) {
    console.log('  PostgreSQL at 127.0.0.1:5432 unreachable: skipped');
    continue;
  }
  const n = kind === 'pglite' ? pglitePoints : points;
  const r = await benchAnnualRun(kind, { points: n, repeat });
  console.log(`\n${r.store} — annual run, ${n} points, ${fmt(r.readings, 0)} quarter-hours of 2025`);
  console.log(`  SQL aggregate of the monthly rollups (baseline) ${fmt(r.rollupMs, 2).padStart(9)} ms   ${fmt(r.rollupTco2, 4)} tCO2`);
  console.log(`  SQL aggregate of the raw readings              ${fmt(r.rawMs, 2).padStart(9)} ms   ${fmt(r.rawTco2, 4)} tCO2`);
  console.log(
    `  accounting run, computed                       ${fmt(r.computeMs, 2).padStart(9)} ms   ${fmt(r.computeMs / r.rollupMs, 2)}× the rollup aggregate, ${fmt(r.computeMs / r.rawMs, 3)}× the raw one`,
  );
  console.log(
    `  accounting run, computed and stored            ${fmt(r.storeMs, 2).padStart(9)} ms   ${fmt(r.storeMs / r.rollupMs, 2)}× the rollup aggregate, ${fmt(r.storeMs / r.rawMs, 3)}× the raw one (goal ≤ 2×)`,
  );
  console.log(
    `  totals agree: ${r.totalsAgree ? 'yes' : 'NO'} (run ${fmt(r.runTco2, 4)} tCO2; measured share ${fmt(r.measuredShare * 100, 1)} %)`,
  );
}

const mc = benchMonteCarlo({ sources: 100, iterations: 10_000, repeat });
console.log(
  `\nMonte Carlo — ${mc.sources} fuel sources (${mc.inputs} uncertain inputs), ${fmt(mc.iterations, 0)} iterations, seed ${mc.seed}`,
);
console.log(`  one GUM propagation (baseline)    ${fmt(mc.gumMs, 3).padStart(9)} ms`);
console.log(
  `  Monte Carlo                       ${fmt(mc.monteCarloMs, 2).padStart(9)} ms   ${fmt(mc.iterationsPerSecond, 0)} iterations/s (goal ≥ 100,000), ${fmt(mc.monteCarloMs / mc.gumMs, 0)}× one propagation`,
);
console.log(
  `  MC mean vs GUM total: ${fmt(mc.meanTco2, 2)} vs ${fmt(mc.gumTco2, 2)} tCO2; MC sd ${fmt(mc.sdTco2, 2)} vs GUM u ${fmt(mc.gumU, 2)}`,
);
