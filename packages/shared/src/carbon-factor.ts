import { z } from 'zod';
import { measuredQuantitySchema } from './carbon.ts';
import { calendarDateSchema } from './instrument.ts';

/** The emission-factor library of greenhouse-gas accounting (issue 7; CM-6(2)), versioned per code. Overview: carbon-accounting.ts. */

export const FACTOR_KINDS = ['ncv', 'carbon_content', 'oxidation_rate', 'grid_electricity', 'heat', 'carbonate', 'gwp'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];
export const FACTOR_KIND_LABELS: Record<FactorKind, { zh: string; en: string }> = {
  ncv: { zh: '低位发热量', en: 'Net calorific value' },
  carbon_content: { zh: '单位热值含碳量', en: 'Carbon content per unit heat' },
  oxidation_rate: { zh: '碳氧化率', en: 'Oxidation rate' },
  grid_electricity: { zh: '电网排放因子', en: 'Grid electricity factor' },
  heat: { zh: '热力排放因子', en: 'Heat factor' },
  carbonate: { zh: '碳酸盐排放因子', en: 'Carbonate factor' },
  gwp: { zh: '全球变暖潜势', en: 'Global warming potential' },
};

export const FACTOR_REGIONS = ['national', 'central_china', 'hubei'] as const;
export type FactorRegion = (typeof FACTOR_REGIONS)[number];
export const FACTOR_REGION_LABELS: Record<FactorRegion, { zh: string; en: string }> = {
  national: { zh: '全国', en: 'National' },
  central_china: { zh: '华中区域电网', en: 'Central China grid' },
  hubei: { zh: '湖北省', en: 'Hubei' },
};

/** How well a value is confirmed: the tags of STANDARDS.md, plus `verified` against the official text. */
export const FACTOR_CONFIRMATIONS = ['verified', 'S', 'S2', 'M', 'C'] as const;
export type FactorConfirmation = (typeof FACTOR_CONFIRMATIONS)[number];
export const FACTOR_CONFIRMATION_LABELS: Record<FactorConfirmation, { zh: string; en: string }> = {
  verified: { zh: '已核对官方文本', en: 'Checked against the official text' },
  S: { zh: '有出处(可能为转引)', en: 'Found in a cited source' },
  S2: { zh: '仅见于第三方数据,待核实', en: 'Third-party data only: check before use' },
  M: { zh: '未经确认,待核实', en: 'Not confirmed: check before use' },
  C: { zh: '计算值', en: 'Computed' },
};

const factorCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9_.-]{3,80}$/, 'lower-case letters, digits, dot, dash and underscore (3–80), e.g. fuel.natural_gas.ncv');

export const emissionFactorInputSchema = z
  .strictObject({
    code: factorCode,
    kind: z.enum(FACTOR_KINDS),
    subject: z.string().trim().min(1).max(60),
    name: z.string().trim().min(1).max(120),
    region: z.enum(FACTOR_REGIONS),
    value: z.number().positive(),
    unit: z.string().trim().min(1).max(40),
    uRel: z.number().min(0).lt(1).nullable().optional(),
    sourceDocument: z.string().trim().min(1).max(300),
    sourceEdition: z.string().trim().max(100).nullable().optional(),
    sourceTable: z.string().trim().max(100).nullable().optional(),
    sourceRow: z.string().trim().max(100).nullable().optional(),
    confirmation: z.enum(FACTOR_CONFIRMATIONS),
    effectiveFrom: calendarDateSchema,
    effectiveTo: calendarDateSchema.nullable().optional(),
    note: z.string().trim().max(1000).nullable().optional(),
    /** Why this version: required for every version after the first. */
    reason: z.string().trim().max(1000).nullable().optional(),
  })
  .meta({ id: 'NewEmissionFactor' });
export type EmissionFactorInput = z.infer<typeof emissionFactorInputSchema>;

export const emissionFactorSchema = z
  .object({
    id: z.string().uuid(),
    code: z.string(),
    version: z.number().int(),
    kind: z.enum(FACTOR_KINDS),
    subject: z.string(),
    name: z.string(),
    region: z.enum(FACTOR_REGIONS),
    value: z.number(),
    unit: z.string(),
    uRel: z.number().nullable(),
    sourceDocument: z.string(),
    sourceEdition: z.string().nullable(),
    sourceTable: z.string().nullable(),
    sourceRow: z.string().nullable(),
    confirmation: z.enum(FACTOR_CONFIRMATIONS),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    note: z.string().nullable(),
    reason: z.string().nullable(),
    actorLabel: z.string(),
    createdAt: z.string(),
    /** True when a later version of the same code covers this version's first day. */
    superseded: z.boolean(),
  })
  .meta({ id: 'EmissionFactor' });
export type EmissionFactor = z.infer<typeof emissionFactorSchema>;

/** A parameter bound to the factor library (resolved per run) or to a measured value (e.g. a lab's NCV). */
export const parameterBindingSchema = z.union([z.strictObject({ factor: factorCode }), measuredQuantitySchema]);
export type ParameterBinding = z.infer<typeof parameterBindingSchema>;
