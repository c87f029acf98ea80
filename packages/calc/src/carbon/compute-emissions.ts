import type { CalcEmissionsInput, CalcEmissionsOutput, SourceResult } from '@jiliang/shared';
import { buildEmissionModels } from './emission-models.ts';
import { expandEmissionUncertainty, propagateModelUncertainty, propagateSumUncertainty } from './gum-propagation.ts';
import { runEmissionsMonteCarlo, type MonteCarloOptions } from './monte-carlo.ts';
import type { SourceModel } from './source-models.ts';

/**
 * The emissions calculator (issue #7): the same pure core for `jiliang calc emissions` and the server.
 * Per source: E = f(x) and u(E) by the law of propagation with sensitivity coefficients (JJF 1059.1-2012
 * 4.4, GUM 5.1.2), which for a pure product equals sqrt(Σ uRel_i²)·|E| (GUM 5.1.6). Total: the sum of the
 * sources counted in the total with u = sqrt(Σ u_i²) (IPCC 2006 Vol.1 Eq. 3.2), expanded with k = 2.
 * Biomass CO2 is summed apart in biomassTco2 and left out of the total (GB/T 32150).
 * Numbers are unrounded: rounding happens only in reports.
 */
export type ComputeEmissionsOptions = { monteCarlo?: MonteCarloOptions };

/** E and u(E) of one source at its input values. */
export const evaluateSourceModel = (model: SourceModel): { tco2: number; uTco2: number } => {
  const x = Float64Array.from(model.inputs, (i) => i.value);
  const tco2 = model.evaluate(x, 0, 1);
  const c = model.sensitivities(x, 0);
  return {
    tco2,
    uTco2: propagateModelUncertainty(
      c,
      model.inputs.map((i) => i.u),
    ),
  };
};

export const computeEmissions = (input: CalcEmissionsInput, options: ComputeEmissionsOptions = {}): CalcEmissionsOutput =>
  computeEmissionsOfModels(input, buildEmissionModels(input), options);

/** The same, on models already built from `input` (an accounting run reuses them for its months). */
export const computeEmissionsOfModels = (
  input: CalcEmissionsInput,
  models: readonly SourceModel[],
  options: ComputeEmissionsOptions = {},
): CalcEmissionsOutput => {
  const sources: SourceResult[] = models.map((m) => {
    const { tco2, uTco2 } = evaluateSourceModel(m);
    return { id: m.id, kind: m.kind, tco2, uTco2, uRel: tco2 === 0 ? null : uTco2 / Math.abs(tco2), countedInTotal: m.countedInTotal };
  });
  const counted = sources.filter((s) => s.countedInTotal);
  const total = propagateSumUncertainty(counted.map((s) => ({ value: s.tco2, u: s.uTco2 })));
  const biomassTco2 = sources.filter((s) => !s.countedInTotal).reduce((sum, s) => sum + s.tco2, 0);
  const output: CalcEmissionsOutput = {
    totalTco2: total.value,
    biomassTco2,
    gwpSet: input.sources.some((s) => s.kind === 'non_co2') ? (input.gwpSet ?? null) : null,
    sources,
    uncertainty: expandEmissionUncertainty(total.value, total.u),
  };
  if (options.monteCarlo) output.monteCarlo = runEmissionsMonteCarlo(models, options.monteCarlo);
  return output;
};
