import type { EnergyConfirmationTag } from '@jiliang/shared';
import { createEnergyIssue, requireNumber, throwEnergyValidation } from './energy-errors.ts';
import {
  CONSUMPTION_LIMIT_STANDARDS,
  type ConsumptionLimitCategory,
  type ConsumptionLimitStandard,
  type ConsumptionLimitTiers,
} from './consumption-limit-standards.ts';

/**
 * Consumption-limit benchmarking (能耗限额对标): an enterprise's unit consumption against a standard's tiers.
 * Verdict: 'advanced' (≤ advanced), 'new' (≤ new), 'existing' (≤ existing), 'exceeds' (> existing); equality
 * is within the tier (a limit is a maximum, "≤"); a tier the standard does not give is skipped. Values equal
 * within 1e-9 relative count as equal, so that energy / production rounding does not push a case over.
 * The unit consumption is the comparable (可比) value the standard defines: corrections (altitude, strength
 * grade) are the caller's; from energy and production we only divide.
 */
export type ConsumptionVerdict = 'advanced' | 'new' | 'existing' | 'exceeds';

export type BenchmarkConsumptionInput = {
  standardId?: string;
  indicatorId: string;
  /** Clinker-line capacity, t/d: picks the band. Or name the category (e.g. 'grinding_only'). */
  capacityTpd?: number;
  categoryId?: string;
  /** The unit consumption directly, or energy and production to divide. */
  unitConsumption?: number;
  energy?: number;
  production?: number;
  standards?: readonly ConsumptionLimitStandard[];
};

export type ConsumptionBenchmark = {
  standard: string;
  indicator: string;
  label: string;
  category: string;
  unitConsumption: number;
  unit: string;
  tiers: ConsumptionLimitTiers;
  verdict: ConsumptionVerdict;
  /** unitConsumption − advanced: > 0 is how far above the advanced value; null if no advanced value. */
  gapToAdvanced: number | null;
  clause: string;
  confirmation: EnergyConfirmationTag;
  text: string;
};

const WHAT = 'consumption-limit benchmarking';
const isAtMost = (a: number, limit: number) => a <= limit + Math.abs(limit) * 1e-9;
const inBand = (c: ConsumptionLimitCategory, capacity: number) =>
  (c.capacityMinTpd !== null || c.capacityMaxTpd !== null) &&
  (c.capacityMinTpd === null || capacity >= c.capacityMinTpd) &&
  (c.capacityMaxTpd === null || capacity < c.capacityMaxTpd);

const VERDICT_LABELS: Record<ConsumptionVerdict, string> = {
  advanced: '达到先进值',
  new: '达到准入值',
  existing: '达到限定值',
  exceeds: '超过限定值',
};

export const benchmarkConsumption = (input: BenchmarkConsumptionInput): ConsumptionBenchmark => {
  const standards = input.standards ?? CONSUMPTION_LIMIT_STANDARDS;
  const standardId = input.standardId ?? 'GB 16780-2012';
  const standard = standards.find((s) => s.id === standardId);
  if (!standard)
    return throwEnergyValidation(WHAT, [
      createEnergyIssue('standardId', `no limit standard "${standardId}" in the library (${standards.map((s) => s.id).join(', ')})`),
    ]);
  const indicator = standard.indicators.find((i) => i.id === input.indicatorId);
  if (!indicator)
    return throwEnergyValidation(WHAT, [
      createEnergyIssue(
        'indicatorId',
        `${standard.id} has no indicator "${input.indicatorId}" (${standard.indicators.map((i) => i.id).join(', ')})`,
      ),
    ]);
  let category: ConsumptionLimitCategory | undefined;
  if (input.categoryId !== undefined) {
    category = indicator.categories.find((c) => c.id === input.categoryId);
    if (!category)
      return throwEnergyValidation(WHAT, [
        createEnergyIssue('categoryId', `${indicator.id} has no category "${input.categoryId}" (${standard.id})`),
      ]);
  } else {
    const capacity = requireNumber(WHAT, 'capacityTpd', input.capacityTpd ?? Number.NaN, 'positive');
    category = indicator.categories.find((c) => inBand(c, capacity));
    if (!category) return throwEnergyValidation(WHAT, [createEnergyIssue('capacityTpd', `no ${standard.id} band for ${capacity} t/d`)]);
  }
  let value: number;
  if (input.unitConsumption !== undefined) value = requireNumber(WHAT, 'unitConsumption', input.unitConsumption, 'non_negative');
  else {
    const energy = requireNumber(WHAT, 'energy', input.energy ?? Number.NaN, 'non_negative');
    value = energy / requireNumber(WHAT, 'production', input.production ?? Number.NaN, 'positive');
  }
  const { tiers } = category;
  const verdict: ConsumptionVerdict =
    tiers.advanced !== null && isAtMost(value, tiers.advanced)
      ? 'advanced'
      : tiers.new !== null && isAtMost(value, tiers.new)
        ? 'new'
        : isAtMost(value, tiers.existing)
          ? 'existing'
          : 'exceeds';
  const clause = standard.clauses[verdict === 'exceeds' ? 'existing' : verdict];
  const gapToAdvanced = tiers.advanced === null ? null : value - tiers.advanced;
  const gapText = gapToAdvanced === null ? '无先进值' : `距先进值 ${tiers.advanced} 差 ${gapToAdvanced.toFixed(2)} ${indicator.unit}`;
  return {
    standard: standard.id,
    indicator: indicator.id,
    label: indicator.label,
    category: category.id,
    unitConsumption: value,
    unit: indicator.unit,
    tiers,
    verdict,
    gapToAdvanced,
    clause,
    confirmation: standard.confirmation,
    text: `${indicator.label}（${category.label}）${value.toFixed(2)} ${indicator.unit}：${VERDICT_LABELS[verdict]}；${gapText}（${clause} [${standard.confirmation}]）`,
  };
};
