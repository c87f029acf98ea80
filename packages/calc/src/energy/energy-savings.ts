import type { FieldIssue } from '@jiliang/shared';
import { createEnergyIssue, throwEnergyValidation } from './energy-errors.ts';

/**
 * Energy-savings verification (节能量审核; GB/T 28750-2012 节能量测量和验证, baseline energy–influencing-factor
 * model; clause numbers [M]). Baseline periods fit E = a + b·P by ordinary least squares on production P;
 * the adjusted baseline is the model at the reporting periods' production; savings = adjusted baseline −
 * reporting energy (positive = energy saved).
 * Uncertainty: the standard error of prediction of the summed adjusted baseline for m reporting periods,
 *   u² = s² · (m + m²/n + (Σⱼ(Pⱼ − P̄))² / Sxx),  s² = SSE / (n − 2),
 * which for one period is the textbook s²·(1 + 1/n + (P − P̄)²/Sxx). Reporting energy is taken as
 * metered without error (its meter uncertainty is the metrology module's). Expanded U = k·u with k = 2
 * by default (≈ 95 % for a normal distribution); with few baseline periods the Student t factor for n − 2
 * degrees of freedom is larger (t₀.₉₇₅(3) = 3.18): pass it as k if you want that interval.
 */
export type EnergySavingsPeriod = { period: string; energy: number; production: number };
export type EnergySavingsInput = {
  baseline: readonly EnergySavingsPeriod[];
  reporting: readonly EnergySavingsPeriod[];
  k?: number;
  unit?: string;
};

const WHAT = 'energy-savings verification';

/** Least squares E = a + b·P: intercept, slope, residual standard error and R². */
export const fitEnergyRegression = (points: readonly { x: number; y: number }[]) => {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const syy = points.reduce((s, p) => s + (p.y - meanY) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const sse = points.reduce((s, p) => s + (p.y - intercept - slope * p.x) ** 2, 0);
  return {
    intercept,
    slope,
    n,
    degreesOfFreedom: n - 2,
    meanProduction: meanX,
    sxx,
    residualStandardError: Math.sqrt(sse / (n - 2)),
    rSquared: syy === 0 ? 1 : 1 - sse / syy,
  };
};

export const verifyEnergySavings = (input: EnergySavingsInput) => {
  const k = input.k ?? 2;
  const issues: FieldIssue[] = [];
  const check = (list: readonly EnergySavingsPeriod[], name: string) =>
    list.forEach((p, i) => {
      if (!(Number.isFinite(p.energy) && p.energy >= 0))
        issues.push(createEnergyIssue(`${name}[${i}].energy`, `energy ≥ 0, got ${p.energy}`));
      if (!(Number.isFinite(p.production) && p.production >= 0))
        issues.push(createEnergyIssue(`${name}[${i}].production`, `production ≥ 0, got ${p.production}`));
    });
  check(input.baseline, 'baseline');
  check(input.reporting, 'reporting');
  if (input.baseline.length < 3)
    issues.push(
      createEnergyIssue('baseline', `at least 3 periods (2 parameters + 1 degree of freedom for s), got ${input.baseline.length}`),
    );
  if (input.reporting.length < 1) issues.push(createEnergyIssue('reporting', 'at least 1 period'));
  if (!(Number.isFinite(k) && k > 0)) issues.push(createEnergyIssue('k', `a coverage factor > 0, got ${k}`));
  const productions = input.baseline.map((p) => p.production);
  if (issues.length === 0 && Math.max(...productions) === Math.min(...productions))
    issues.push(createEnergyIssue('baseline', 'production must vary across the baseline periods: a flat production cannot fit a slope'));
  if (issues.length > 0) throwEnergyValidation(WHAT, issues);

  const model = fitEnergyRegression(input.baseline.map((p) => ({ x: p.production, y: p.energy })));
  const m = input.reporting.length;
  const adjustedBaseline = input.reporting.reduce((s, p) => s + model.intercept + model.slope * p.production, 0);
  const reportingEnergy = input.reporting.reduce((s, p) => s + p.energy, 0);
  const savings = adjustedBaseline - reportingEnergy;
  const sumDeviation = input.reporting.reduce((s, p) => s + (p.production - model.meanProduction), 0);
  const s = model.residualStandardError;
  const u = s * Math.sqrt(m + (m * m) / model.n + sumDeviation ** 2 / model.sxx);
  const lo = Math.min(...productions);
  const hi = Math.max(...productions);
  const extrapolated = input.reporting.filter((p) => p.production < lo || p.production > hi).map((p) => p.period);
  return {
    unit: input.unit ?? null,
    model,
    reporting: { periods: m, production: input.reporting.reduce((a, p) => a + p.production, 0), energy: reportingEnergy },
    adjustedBaseline,
    savings,
    savingsRate: adjustedBaseline === 0 ? null : savings / adjustedBaseline,
    uncertainty: { standardUncertainty: u, k, expanded: k * u, interval: [savings - k * u, savings + k * u] as [number, number] },
    /** Reporting periods whose production lies outside the baseline range: the model extrapolates there. */
    extrapolated,
    clause: 'GB/T 28750-2012 (基期能耗-影响因素模型) [M]',
  };
};
