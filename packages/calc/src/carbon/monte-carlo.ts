import { AppError, type FieldIssue, type MonteCarloResult } from '@jiliang/shared';
import { createRandomState, fillNormal, fillRectangular } from './random.ts';
import type { SourceModel } from './source-models.ts';

/**
 * Monte Carlo propagation of distributions (JCGM 101:2008 = JJF 1059.2-2012, IPCC Approach 2) of the
 * total emission. Decisions:
 * - Random numbers: random.ts (xoshiro128**, Marsaglia polar normals, rectangular as μ + u·√3·U(−1, 1));
 *   the seed and the iteration count are returned with the result. Inputs are independent, as in the GUM budget.
 * - Speed: the plan flattens every input into typed arrays once; draws are made per input for a block of
 *   iterations (tight loops), then each source is evaluated over the block; nothing is allocated per iteration.
 * - `stream` gives another sequence for the same seed (seeded apart through splitmix32; not a jump-ahead, so
 *   overlap is improbable rather than excluded), so a caller may split the iterations over workers
 *   (stream 0, 1, …) and pool the samples; a run is reproducible from (seed, stream, iterations).
 * - Only sources counted in the total are sampled (biomass CO2 is outside the total, GB/T 32150).
 */
export type EmissionsSamplingPlan = {
  models: SourceModel[];
  offsets: Int32Array;
  means: Float64Array;
  uncertainties: Float64Array;
  rectangular: Uint8Array;
};

export const createEmissionsSamplingPlan = (allModels: readonly SourceModel[]): EmissionsSamplingPlan => {
  const models = allModels.filter((m) => m.countedInTotal);
  const inputs = models.flatMap((m) => m.inputs);
  const offsets = new Int32Array(models.length);
  let at = 0;
  models.forEach((m, i) => {
    offsets[i] = at;
    at += m.inputs.length;
  });
  return {
    models,
    offsets,
    means: Float64Array.from(inputs, (i) => i.value),
    uncertainties: Float64Array.from(inputs, (i) => i.u),
    rectangular: Uint8Array.from(inputs, (i) => (i.distribution === 'rectangular' ? 1 : 0)),
  };
};

export type MonteCarloOptions = { iterations: number; seed: number; stream?: number };

export const MONTE_CARLO_MIN_ITERATIONS = 100;
export const MONTE_CARLO_MAX_ITERATIONS = 10_000_000;

const checkOptions = ({ iterations, seed, stream = 0 }: MonteCarloOptions): void => {
  const issues: FieldIssue[] = [];
  if (!Number.isInteger(iterations) || iterations < MONTE_CARLO_MIN_ITERATIONS || iterations > MONTE_CARLO_MAX_ITERATIONS)
    issues.push({
      field: 'iterations',
      rule: `an integer from ${MONTE_CARLO_MIN_ITERATIONS} to ${MONTE_CARLO_MAX_ITERATIONS}`,
      message: `${iterations} (JCGM 101:2008 7.2 asks for at least 10^4/(1 − p) = 200 000 for p = 95 %)`,
    });
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    issues.push({ field: 'seed', rule: 'an integer from 0 to 4294967295', message: String(seed) });
  if (!Number.isInteger(stream) || stream < 0) issues.push({ field: 'stream', rule: 'an integer ≥ 0', message: String(stream) });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', `Monte Carlo options: ${issues.map((i) => i.field).join(', ')}`, issues);
};

/** Iterations per block: draws are kept per input for a block, then every source is evaluated over it. */
const BLOCK = 256;

/** Draw `iterations` totals (tCO2). The returned array is the sample, in draw order. */
export const sampleEmissionTotals = (plan: EmissionsSamplingPlan, options: MonteCarloOptions): Float64Array => {
  checkOptions(options);
  const { models, offsets, means, uncertainties, rectangular } = plan;
  const random = createRandomState(options.seed, options.stream ?? 0);
  const out = new Float64Array(options.iterations);
  const inputs = means.length;
  const draws = new Float64Array(inputs * BLOCK);
  for (let start = 0; start < out.length; start += BLOCK) {
    const count = Math.min(BLOCK, out.length - start);
    for (let i = 0; i < inputs; i++) {
      const mean = means[i]!;
      const u = uncertainties[i]!;
      if (u === 0) draws.fill(mean, i * BLOCK, i * BLOCK + count);
      else if (rectangular[i] === 1) fillRectangular(random, draws, i * BLOCK, count, mean, u);
      else fillNormal(random, draws, i * BLOCK, count, mean, u);
    }
    for (let k = 0; k < models.length; k++) {
      const { evaluate, accumulateBlock } = models[k]!;
      const at = offsets[k]! * BLOCK;
      if (accumulateBlock) accumulateBlock(draws, at, BLOCK, count, out, start);
      else for (let j = 0; j < count; j++) out[start + j]! += evaluate(draws, at + j, BLOCK);
    }
  }
  return out;
};

/**
 * Mean, experimental standard deviation and the probabilistically symmetric 95 % coverage interval
 * (JCGM 101:2008 7.7 [M]: sort; q = pM rounded to an integer; r = (M − q)/2 rounded up; the interval is
 * [y_(r), y_(r+q)], 1-based). Sorts `samples` in place.
 */
export const summariseEmissionSamples = (samples: Float64Array, seed: number): MonteCarloResult => {
  const m = samples.length;
  let sum = 0;
  for (let i = 0; i < m; i++) sum += samples[i]!;
  const mean = sum / m;
  let squares = 0;
  for (let i = 0; i < m; i++) squares += (samples[i]! - mean) ** 2;
  samples.sort();
  // p = 95 %: pM in integer arithmetic (0.95 is not exact in binary).
  const q = (95 * m) % 100 === 0 ? (95 * m) / 100 : Math.floor((95 * m + 50) / 100);
  const r = Math.max(1, Number.isInteger((m - q) / 2) ? (m - q) / 2 : Math.floor((m - q + 1) / 2));
  const low = samples[r - 1]!;
  const high = samples[Math.min(m, r + q) - 1]!;
  return { iterations: m, seed, meanTco2: mean, standardDeviationTco2: Math.sqrt(squares / (m - 1)), interval95: [low, high] };
};

/** Sample and summarise in one call (the CLI's `--monte-carlo <n> --seed <s>`). */
export const runEmissionsMonteCarlo = (models: readonly SourceModel[], options: MonteCarloOptions): MonteCarloResult =>
  summariseEmissionSamples(sampleEmissionTotals(createEmissionsSamplingPlan(models), options), options.seed);
