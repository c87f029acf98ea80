import { z } from 'zod';
import {
  calcEmissionsInputSchema,
  calcEmissionsOutputSchema,
  GWP_SET_NAMES,
  measuredQuantitySchema,
  type EmissionSourceKind,
} from './carbon.ts';
import { calendarDateSchema } from './instrument.ts';

/**
 * Greenhouse-gas accounting on the platform (issue 7; CM-6(2), CM-6(3)): the factor library, emission sources
 * per enterprise in the GB/T 32150 structure, manual activity entries with evidence, and accounting runs.
 * A run keeps an `AccountingRecord`: the calculator's input with every value resolved, its monthly activity and
 * measured fractions. packages/calc recomputes the `AccountingResult` from the record alone (`jiliang calc verify`).
 */

/** GB/T 32150 reporting entities: enterprises, and centres and laboratories for their own sites; bureaus report none. */
export const REPORTING_ENTITY_KINDS: readonly string[] = ['enterprise', 'institution', 'laboratory'];

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

/** A parameter bound to the factor library (resolved per run) or to a measured value (e.g. a lab's NCV). */
export const parameterBindingSchema = z.union([z.strictObject({ factor: factorCode }), measuredQuantitySchema]);
export type ParameterBinding = z.infer<typeof parameterBindingSchema>;

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

const productionSchema = z.strictObject({
  product: z.string().trim().min(1).max(60),
  value: z.number().positive(),
  unit: z.string().trim().min(1).max(20),
});

export const accountingRunInputSchema = z
  .strictObject({
    periodStart: calendarDateSchema,
    periodEnd: calendarDateSchema,
    gwpSet: z.enum(GWP_SET_NAMES).optional(),
    monteCarlo: z
      .strictObject({ iterations: z.number().int().min(1000).max(1_000_000), seed: z.number().int().min(0).optional() })
      .optional(),
    /** For the intensity per unit of output. */
    production: productionSchema.optional(),
    /** Output value in 10⁴ yuan, for the intensity per 10⁴ yuan. */
    outputValue10kYuan: z.number().positive().optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .meta({ id: 'AccountingRunRequest' });
export type AccountingRunInput = z.infer<typeof accountingRunInputSchema>;

const factorUseSchema = z.object({
  parameter: z.string(),
  factorId: z.string(),
  code: z.string(),
  version: z.number().int(),
  value: z.number(),
  unit: z.string(),
  uRel: z.number().nullable(),
  confirmation: z.enum(FACTOR_CONFIRMATIONS),
  sourceDocument: z.string(),
});
export type FactorUse = z.infer<typeof factorUseSchema>;

const ACTIVITY_ORIGINS = ['measured', 'estimated', 'mixed'] as const;
export type ActivityOrigin = (typeof ACTIVITY_ORIGINS)[number];

export const sourceProvenanceSchema = z.object({
  sourceId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  subject: z.string(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  activity: z.object({
    origin: z.enum(ACTIVITY_ORIGINS),
    unit: z.string(),
    pointId: z.string().nullable(),
    pointCode: z.string().nullable(),
    /** The certificates that governed the point's instruments in the period, and the basis of u(activity). */
    certificates: z.array(z.object({ instrumentCode: z.string(), number: z.string(), validUntil: z.string().nullable() })),
    uncertaintyBasis: z.string(),
    entryIds: z.array(z.string()),
    /** Months with neither a rollup nor an entry: counted as 0, and named in the report. */
    missingMonths: z.array(z.string()),
  }),
  factors: z.array(factorUseSchema),
});
export type SourceProvenance = z.infer<typeof sourceProvenanceSchema>;

/** Everything a run's result is computed from: `computeAccountingResult(record)` in packages/calc. */
export const accountingRecordSchema = z
  .object({
    methodVersion: z.string(),
    enterpriseId: z.string(),
    enterpriseName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    calculation: calcEmissionsInputSchema,
    /** Activity per calendar month (source id → quantity in the source's activity unit). */
    months: z.array(z.object({ month: z.string(), quantities: z.record(z.string(), z.number()) })),
    /** Share of each source's activity from instruments with a valid certificate on the day (0–1). */
    measuredFractions: z.record(z.string(), z.number()),
    monteCarlo: z.object({ iterations: z.number().int(), seed: z.number().int() }).nullable(),
    production: productionSchema.nullable(),
    outputValue10kYuan: z.number().nullable(),
    provenance: z.array(sourceProvenanceSchema),
  })
  .meta({ id: 'AccountingRecord' });
export type AccountingRecord = z.infer<typeof accountingRecordSchema>;

export const accountingResultSchema = z
  .object({
    emissions: calcEmissionsOutputSchema,
    monthly: z.array(z.object({ month: z.string(), totalTco2: z.number(), sources: z.record(z.string(), z.number()) })),
    /** tCO2 of the counted, positive sources whose activity came from instruments with valid certificates. */
    measuredTco2: z.number(),
    /** measuredTco2 over the counted, positive emissions: the 测算→计量 indicator (null when there are none). */
    measuredShare: z.number().nullable(),
    intensity: z.object({
      perProduct: z.object({ value: z.number(), unit: z.string() }).nullable(),
      per10kYuan: z.number().nullable(),
    }),
  })
  .meta({ id: 'AccountingResult' });
export type AccountingResult = z.infer<typeof accountingResultSchema>;

export const accountingRunSchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    periodStart: z.string(),
    periodEnd: z.string(),
    methodVersion: z.string(),
    note: z.string().nullable(),
    actorLabel: z.string(),
    createdAt: z.string(),
    record: accountingRecordSchema,
    result: accountingResultSchema,
  })
  .meta({ id: 'AccountingRun' });
export type AccountingRun = z.infer<typeof accountingRunSchema>;

export const accountingRunSummarySchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    periodStart: z.string(),
    periodEnd: z.string(),
    totalTco2: z.number(),
    expandedUncertaintyTco2: z.number(),
    measuredShare: z.number().nullable(),
    note: z.string().nullable(),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'AccountingRunSummary' });
export type AccountingRunSummary = z.infer<typeof accountingRunSummarySchema>;

export const runDifferenceSchema = z.object({ path: z.string(), stored: z.unknown(), recomputed: z.unknown() });
export type RunDifference = z.infer<typeof runDifferenceSchema>;

export const runVerificationSchema = z
  .object({
    runId: z.string().nullable(),
    verified: z.boolean(),
    methodVersion: z.string(),
    currentMethodVersion: z.string(),
    differences: z.array(runDifferenceSchema),
  })
  .meta({ id: 'RunVerification' });
export type RunVerification = z.infer<typeof runVerificationSchema>;

export const runComparisonSchema = z
  .object({
    baseRunId: z.string(),
    otherRunId: z.string(),
    totalDeltaTco2: z.number(),
    sources: z.array(
      z.object({
        sourceId: z.string(),
        code: z.string(),
        name: z.string(),
        baseTco2: z.number().nullable(),
        otherTco2: z.number().nullable(),
        deltaTco2: z.number(),
        factorChanges: z.array(
          z.object({
            parameter: z.string(),
            code: z.string(),
            baseVersion: z.number().nullable(),
            otherVersion: z.number().nullable(),
            baseValue: z.number().nullable(),
            otherValue: z.number().nullable(),
          }),
        ),
        activityDelta: z.number(),
      }),
    ),
  })
  .meta({ id: 'RunComparison' });
export type RunComparison = z.infer<typeof runComparisonSchema>;

export const CARBON_TOTAL_GROUPS = ['enterprise', 'industry', 'prefecture'] as const;
export type CarbonTotalGroup = (typeof CARBON_TOTAL_GROUPS)[number];

export const carbonTotalsSchema = z
  .object({
    year: z.number().int(),
    by: z.enum(CARBON_TOTAL_GROUPS),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        enterprises: z.number().int(),
        totalTco2: z.number(),
        expandedUncertaintyTco2: z.number(),
        measuredShare: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'CarbonTotals' });
export type CarbonTotals = z.infer<typeof carbonTotalsSchema>;
