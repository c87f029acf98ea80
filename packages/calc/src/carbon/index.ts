/** Carbon accounting core (issue #7): emission models, GUM / IPCC uncertainty, Monte Carlo, the calculator. */
export { computeEmissions, evaluateSourceModel, type ComputeEmissionsOptions } from './compute-emissions.ts';
export { parseEmissionsInput, formatJsonPath } from './parse-emissions-input.ts';
export { buildEmissionModels } from './emission-models.ts';
export {
  propagateProductUncertainty,
  propagateSumUncertainty,
  propagateModelUncertainty,
  expandEmissionUncertainty,
  type ProductTerm,
  type ProductUncertainty,
  type SumTerm,
  type SumUncertainty,
  type ExpandedUncertainty,
} from './gum-propagation.ts';
export {
  runEmissionsMonteCarlo,
  sampleEmissionTotals,
  summariseEmissionSamples,
  createEmissionsSamplingPlan,
  MONTE_CARLO_MIN_ITERATIONS,
  MONTE_CARLO_MAX_ITERATIONS,
  type EmissionsSamplingPlan,
  type MonteCarloOptions,
} from './monte-carlo.ts';
export { GWP_SETS, getGwp, type GwpSet, type MethaneOrigin } from './gwp.ts';
export {
  STEAM_REFERENCE_ENTHALPY_KJ_PER_KG,
  HOT_WATER_REFERENCE_TEMPERATURE_C,
  WATER_SPECIFIC_HEAT_KJ_PER_KG_C,
  type SourceModel,
} from './source-models.ts';
export type { ModelInput } from './quantity-input.ts';
export { CARBON_METHOD_VERSION, computeAccountingResult, verifyAccountingRun, diffJson } from './accounting-run.ts';
export { compareAccountingRuns, buildEmissionsSankey, type EmissionsSankey } from './compare-runs.ts';
export { resolveFactorVersion, isFactorVersionSuperseded, coversDay, type FactorVersionRange } from './resolve-factor.ts';
export {
  summariseMeasuredMonth,
  summariseMeasuredPeriod,
  measuredActivityUncertainty,
  UNDOCUMENTED_ACTIVITY_UREL,
  type InstrumentSpan,
  type MeasuredMonth,
} from './measured-activity.ts';
