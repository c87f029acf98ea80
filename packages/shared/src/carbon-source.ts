import { z } from 'zod';
import type { EmissionSourceKind } from './carbon.ts';
import { parameterBindingSchema } from './carbon-factor.ts';

/**
 * Emission sources per enterprise in the GB/T 32150 structure, and their manual activity entries with evidence
 * (issue 7; CM-6(2), CM-6(3)). Overview: carbon-accounting.ts.
 */

/**
 * The parameters (model inputs other than the activity quantity) each source kind needs, named as in the
 * calculator's input (docs/formats/calc-emissions.md). Optional ones may be left unbound.
 */
export const SOURCE_PARAMETERS: Record<EmissionSourceKind, { required: readonly string[]; optional: readonly string[] }> = {
  fuel_combustion: { required: ['carbonContent', 'oxidationRate'], optional: ['ncv'] },
  carbonate: { required: ['purity', 'factor'], optional: ['calcinedFraction'] },
  clinker: { required: ['caoContent', 'mgoContent'], optional: ['caoNonCarbonate', 'mgoNonCarbonate'] },
  purchased_electricity: { required: ['factor'], optional: [] },
  exported_electricity: { required: ['factor'], optional: [] },
  purchased_heat: { required: ['factor'], optional: [] },
  exported_heat: { required: ['factor'], optional: [] },
  purchased_steam: { required: ['enthalpy', 'factor'], optional: [] },
  exported_steam: { required: ['enthalpy', 'factor'], optional: [] },
  purchased_hot_water: { required: ['temperature', 'factor'], optional: [] },
  exported_hot_water: { required: ['temperature', 'factor'], optional: [] },
  non_co2: { required: [], optional: [] },
  co2_recovered: { required: [], optional: [] },
};
export const EMISSION_SOURCE_KINDS = Object.keys(SOURCE_PARAMETERS) as EmissionSourceKind[];

/** GB/T 32150 groups of the total (the report's sections). */
export const SOURCE_KIND_LABELS: Record<EmissionSourceKind, { zh: string; en: string }> = {
  fuel_combustion: { zh: '化石燃料燃烧', en: 'Fuel combustion' },
  carbonate: { zh: '碳酸盐分解', en: 'Carbonate decomposition' },
  clinker: { zh: '熟料生产', en: 'Clinker' },
  purchased_electricity: { zh: '净购入电力', en: 'Purchased electricity' },
  exported_electricity: { zh: '输出电力', en: 'Exported electricity' },
  purchased_heat: { zh: '购入热力', en: 'Purchased heat' },
  exported_heat: { zh: '输出热力', en: 'Exported heat' },
  purchased_steam: { zh: '购入蒸汽', en: 'Purchased steam' },
  exported_steam: { zh: '输出蒸汽', en: 'Exported steam' },
  purchased_hot_water: { zh: '购入热水', en: 'Purchased hot water' },
  exported_hot_water: { zh: '输出热水', en: 'Exported hot water' },
  non_co2: { zh: 'CH₄、N₂O 排放', en: 'CH₄ and N₂O' },
  co2_recovered: { zh: 'CO₂ 回收利用', en: 'CO₂ recovered' },
};

/** The energy carriers and materials that sources and factors name (`subject`), as reports and screens show them. */
export const CARBON_SUBJECT_LABELS: Record<string, { zh: string; en: string }> = {
  electricity: { zh: '电力', en: 'Electricity' },
  heat: { zh: '热力', en: 'Heat' },
  steam: { zh: '蒸汽', en: 'Steam' },
  hot_water: { zh: '热水', en: 'Hot water' },
  natural_gas: { zh: '天然气', en: 'Natural gas' },
  raw_coal: { zh: '原煤', en: 'Raw coal' },
  anthracite: { zh: '无烟煤', en: 'Anthracite' },
  bituminous_coal: { zh: '烟煤', en: 'Bituminous coal' },
  lignite: { zh: '褐煤', en: 'Lignite' },
  washed_coal: { zh: '洗精煤', en: 'Washed coal' },
  coke: { zh: '焦炭', en: 'Coke' },
  crude_oil: { zh: '原油', en: 'Crude oil' },
  fuel_oil: { zh: '燃料油', en: 'Fuel oil' },
  gasoline: { zh: '汽油', en: 'Gasoline' },
  diesel: { zh: '柴油', en: 'Diesel' },
  kerosene: { zh: '一般煤油', en: 'Kerosene' },
  petroleum_coke: { zh: '石油焦', en: 'Petroleum coke' },
  lpg: { zh: '液化石油气', en: 'LPG' },
  lng: { zh: '液化天然气', en: 'LNG' },
  coke_oven_gas: { zh: '焦炉煤气', en: 'Coke-oven gas' },
  refinery_gas: { zh: '炼厂干气', en: 'Refinery gas' },
  CaCO3: { zh: '石灰石(碳酸钙)', en: 'Limestone (CaCO₃)' },
  MgCO3: { zh: '碳酸镁', en: 'MgCO₃' },
  'CaMg(CO3)2': { zh: '白云石', en: 'Dolomite' },
  Na2CO3: { zh: '碳酸钠', en: 'Soda ash' },
  CH4: { zh: '甲烷', en: 'Methane' },
  N2O: { zh: '氧化亚氮', en: 'Nitrous oxide' },
};

export const enterpriseSourceInputSchema = z
  .strictObject({
    code: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(120),
    siteId: z.string().uuid().nullable().optional(),
    kind: z.enum(EMISSION_SOURCE_KINDS as [EmissionSourceKind, ...EmissionSourceKind[]]),
    subject: z.string().trim().min(1).max(60),
    /** Measured activity: the point whose rollups give the quantity. Without it, activity entries (estimated). */
    pointId: z.string().uuid().nullable().optional(),
    activityUnit: z.string().trim().min(1).max(40),
    parameters: z.record(z.string(), parameterBindingSchema).default({}),
    gas: z.enum(['CH4', 'N2O']).nullable().optional(),
    origin: z.enum(['fossil', 'non_fossil']).nullable().optional(),
    biomass: z.boolean().optional(),
  })
  .meta({ id: 'NewEnterpriseSource' });
export type EnterpriseSourceInput = z.input<typeof enterpriseSourceInputSchema>;

export const enterpriseSourceSchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    siteId: z.string().nullable(),
    siteName: z.string().nullable(),
    kind: z.enum(EMISSION_SOURCE_KINDS as [EmissionSourceKind, ...EmissionSourceKind[]]),
    subject: z.string(),
    pointId: z.string().nullable(),
    pointCode: z.string().nullable(),
    activityUnit: z.string(),
    parameters: z.record(z.string(), parameterBindingSchema),
    gas: z.enum(['CH4', 'N2O']).nullable(),
    origin: z.enum(['fossil', 'non_fossil']).nullable(),
    biomass: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'EnterpriseSource' });
export type EnterpriseSource = z.infer<typeof enterpriseSourceSchema>;

const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a calendar month YYYY-MM (Asia/Shanghai)');

export const activityEntryInputSchema = z
  .strictObject({
    month: monthString,
    value: z.number().min(0),
    unit: z.string().trim().min(1).max(40),
    uRel: z.number().min(0).lt(1).nullable().optional(),
    /** The document behind the figure (invoice, weighbridge record, lab report): required. */
    evidence: z.string().trim().min(2).max(500),
  })
  .meta({ id: 'NewActivityEntry' });
export type ActivityEntryInput = z.infer<typeof activityEntryInputSchema>;

export const activityEntrySchema = z
  .object({
    id: z.string().uuid(),
    sourceId: z.string().uuid(),
    month: z.string(),
    value: z.number(),
    unit: z.string(),
    uRel: z.number().nullable(),
    evidence: z.string(),
    supersededBy: z.string().nullable(),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ActivityEntry' });
export type ActivityEntry = z.infer<typeof activityEntrySchema>;
