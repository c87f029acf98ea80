import { computeEmissions, runEmissionsMonteCarlo, buildEmissionModels } from '@jiliang/calc';
import type { CalcEmissionsInput } from '@jiliang/shared';

/**
 * Issue 7 §7: a Monte Carlo of `iterations` over `sources` fuel sources (4 uncertain inputs each), against one plain GUM
 * propagation of the same input. Brightway reports about 30 iterations/s on its matrices; the goal is ≥ 100 000/s.
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const benchMonteCarlo = ({ sources, iterations, repeat }: { sources: number; iterations: number; repeat: number }) => {
  const input: CalcEmissionsInput = {
    sources: Array.from({ length: sources }, (_, i) => ({
      id: `F${i}`,
      kind: 'fuel_combustion' as const,
      quantity: { value: 1000 + i, unit: 't', uRel: 0.02 },
      ncv: { value: 23.204, unit: 'GJ/t', uRel: 0.03 },
      carbonContent: { value: 0.02618, unit: 'tC/GJ', uRel: 0.02 },
      oxidationRate: { value: 93, unit: '%', mpeRel: 0.01 },
    })),
  };
  const seed = 20_231_101;
  const gum = computeEmissions(input);
  const models = buildEmissionModels(input);
  for (let i = 0; i < 3; i++) runEmissionsMonteCarlo(models, { iterations, seed });
  const gumMs: number[] = [];
  const mcMs: number[] = [];
  let mc = runEmissionsMonteCarlo(models, { iterations, seed });
  for (let i = 0; i < repeat; i++) {
    let t0 = performance.now();
    for (let k = 0; k < 100; k++) computeEmissions(input);
    gumMs.push((performance.now() - t0) / 100);
    t0 = performance.now();
    mc = runEmissionsMonteCarlo(models, { iterations, seed });
    mcMs.push(performance.now() - t0);
  }
  const monteCarloMs = median(mcMs);
  return {
    sources,
    inputs: sources * 4,
    iterations,
    seed,
    gumMs: median(gumMs),
    monteCarloMs,
    iterationsPerSecond: (iterations / monteCarloMs) * 1000,
    meanTco2: mc.meanTco2,
    sdTco2: mc.standardDeviationTco2,
    gumTco2: gum.totalTco2,
    gumU: gum.uncertainty.uTco2,
  };
};
