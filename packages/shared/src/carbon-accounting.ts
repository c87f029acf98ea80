import { z } from 'zod';
import { calcEmissionsInputSchema, calcEmissionsOutputSchema, GWP_SET_NAMES } from './carbon.ts';
import { FACTOR_CONFIRMATIONS } from './carbon-factor.ts';
import { calendarDateSchema } from './instrument.ts';

/**
 * Greenhouse-gas accounting on the platform (issue 7; CM-6(2), CM-6(3)): the factor library, emission sources
 * per enterprise in the GB/T 32150 structure, manual activity entries with evidence, and accounting runs.
 * A run keeps an `AccountingRecord`: the calculator's input with every value resolved, its monthly activity and
 * measured fractions. packages/calc recomputes the `AccountingResult` from the record alone (`jiliang calc verify`).
 *
 * One file per resource: the factor library is carbon-factor.ts, sources and activity entries carbon-source.ts;
 * this file holds the runs, their records and results, and the totals.
 */

/** GB/T 32150 reporting entities: enterprises, and centres and laboratories for their own sites; bureaus report none. */
export const REPORTING_ENTITY_KINDS: readonly string[] = ['enterprise', 'institution', 'laboratory'];

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
