import type { FactorKind } from '@jiliang/shared';

/**
 * Which kinds of library factor fit a parameter, so its select offers those first (GB/T 32150: NCV, carbon content,
 * oxidation rate for fuels; a grid, heat or carbonate factor for the `factor` parameter). Parameters not listed
 * (purity, CaO content, enthalpy, …) are usually measured values.
 */
export const PARAMETER_FACTOR_KINDS: Record<string, readonly FactorKind[]> = {
  ncv: ['ncv'],
  carbonContent: ['carbon_content'],
  oxidationRate: ['oxidation_rate'],
  factor: ['grid_electricity', 'heat', 'carbonate'],
};
