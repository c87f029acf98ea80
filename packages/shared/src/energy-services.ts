import { z } from 'zod';
import {
  ENERGY_LOAD_UNITS,
  GB17167_EDITION_CHOICES,
  METERING_POINT_CLASSES,
  gb17167ReviewInputSchema,
  gb17167ReviewResultSchema,
} from './energy.ts';
import { GB17167_LEVELS, MEDIA, calendarDateSchema } from './instrument.ts';

/**
 * The energy-services API (issue 8; CM-6(1), CM-6(5), CM-6(6)): GB 17167 reviews of an organisation built from its
 * instrument register, rectification tracked to closure, consumption-limit benchmarking, the energy balance over
 * the meter hierarchy, energy-savings verification and the demand analysis of an institution's enterprises.
 * The review file of the CLI is energy.ts; this file is what the routes take and give. Guide: docs/ENERGY.md.
 */
const text = (max: number) => z.string().trim().min(1, '必填 (required)').max(max, `最多 ${max} 字 (at most ${max} characters)`);
const code = text(60);
const load = z.strictObject({ value: z.number().min(0), unit: z.enum(ENERGY_LOAD_UNITS) });
const codes = z.array(code).max(200).optional().describe('管理编号 of the register instruments that meter this point');
/** A calendar month `YYYY-MM` (Asia/Shanghai). */
export const calendarMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a calendar month YYYY-MM (Asia/Shanghai)');

// ---- GB 17167 review -------------------------------------------------------------------------------------------

export const energyReviewRequestSchema = z
  .strictObject({
    /** Default: today in Asia/Shanghai. Certificates are judged on this day (GB 17167-2006 5.3). */
    reviewDate: calendarDateSchema.optional(),
    edition: z.enum(GB17167_EDITION_CHOICES).default('auto'),
    /** The centre or base that performed the review (CM-6(6)); it signs the report. */
    reviewerOrganisationId: z.string().uuid().optional(),
    entryExitPoints: z
      .array(
        z.strictObject({
          id: code.optional(),
          name: text(200),
          medium: z.enum(MEDIA),
          direction: z.enum(['in', 'out']),
          instrumentCodes: codes,
        }),
      )
      .min(1, 'at least one entry/exit point (GB 17167-2006 4.2)'),
    /** A sub-unit is a `sub_unit` site of the register; its consumption decides whether it is main (表2). */
    subUnits: z
      .array(z.strictObject({ siteId: z.string().uuid(), medium: z.enum(MEDIA), consumption: load, instrumentCodes: codes }))
      .default([]),
    equipment: z
      .array(
        z.strictObject({
          id: code.describe('the inventory number; a register instrument whose `equipment` names it meters it'),
          name: text(200),
          medium: z.enum(MEDIA),
          rating: load,
          siteId: z.string().uuid().optional(),
          instrumentCodes: codes,
        }),
      )
      .default([]),
    /** Facts 表4 needs that the register does not hold, by 管理编号. */
    instrumentFacts: z
      .record(
        code,
        z.strictObject({
          meteringPointClass: z.enum(METERING_POINT_CLASSES).optional(),
          current: z.enum(['ac', 'dc']).optional(),
          weighing: z.enum(['static', 'dynamic']).optional(),
          pipeDiameterMm: z.number().positive().optional(),
          forMassCalculation: z.boolean().optional(),
          /** The MPE as a fraction, where the register's class is not one 表4 reads (a scale's OIML class III). */
          mpeRelative: z.number().gt(0).lt(1).optional(),
        }),
      )
      .default({}),
    management: gb17167ReviewInputSchema.shape.management,
    /** Default: three months after the review date (our rule). */
    rectificationDueOn: calendarDateSchema.optional(),
  })
  .meta({ id: 'EnergyReviewRequest' });
export type EnergyReviewRequest = z.input<typeof energyReviewRequestSchema>;
export type ParsedEnergyReviewRequest = z.output<typeof energyReviewRequestSchema>;

export const RECTIFICATION_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = { open: '待整改', in_progress: '整改中', closed: '已关闭' };

export const ENERGY_FINDING_KINDS = ['equipping', 'accuracy', 'calibration', 'management'] as const;
export type EnergyFindingKind = (typeof ENERGY_FINDING_KINDS)[number];

export const energyFindingRowSchema = z.object({
  id: z.string().uuid(),
  seq: z.number().int(),
  kind: z.enum(ENERGY_FINDING_KINDS),
  medium: z.enum(MEDIA).nullable(),
  level: z.enum(GB17167_LEVELS).nullable(),
  required: z.number().int().nullable(),
  installed: z.number().int().nullable(),
  rate: z.number().nullable(),
  limit: z.number().nullable(),
  verdict: z.enum(['pass', 'fail', 'not_applicable']),
  instrumentCode: z.string().nullable(),
  clause: z.string(),
  text: z.string(),
});
export type EnergyFindingRow = z.infer<typeof energyFindingRowSchema>;

export const rectificationEventSchema = z.object({
  fromStatus: z.enum(RECTIFICATION_STATUSES).nullable(),
  toStatus: z.enum(RECTIFICATION_STATUSES),
  note: z.string().nullable(),
  evidence: z.string().nullable(),
  actorLabel: z.string(),
  at: z.string(),
});

export const rectificationItemSchema = z
  .object({
    id: z.string().uuid(),
    reviewId: z.string().uuid(),
    findingId: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    seq: z.number().int(),
    problem: z.string(),
    requirement: z.string(),
    status: z.enum(RECTIFICATION_STATUSES),
    dueOn: z.string(),
    evidence: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    version: z.number().int(),
    events: z.array(rectificationEventSchema),
  })
  .meta({ id: 'RectificationItem' });
export type RectificationItem = z.infer<typeof rectificationItemSchema>;

export const rectificationUpdateSchema = z
  .strictObject({
    status: z.enum(RECTIFICATION_STATUSES),
    /** Required to close (our rule: an item is closed on evidence, issue 8). */
    evidence: z.string().trim().max(2000).optional(),
    note: z.string().trim().max(2000).optional(),
    /** The version you read; a stale update is refused. */
    version: z.number().int().optional(),
  })
  .meta({ id: 'RectificationUpdate' });
export type RectificationUpdate = z.infer<typeof rectificationUpdateSchema>;

export const energyReviewSummarySchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    enterpriseName: z.string(),
    reviewerName: z.string().nullable(),
    reviewDate: z.string(),
    /** Report number within the unit and year: 能计审〔year〕serial号. */
    serial: z.number().int(),
    editionRequested: z.string(),
    editionApplied: z.string(),
    score: z.number(),
    verdict: z.enum(['pass', 'fail']),
    failedFindings: z.number().int(),
    openItems: z.number().int(),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'EnergyReviewSummary' });
export type EnergyReviewSummary = z.infer<typeof energyReviewSummarySchema>;

/** Where each register instrument went: the point it meters, or why it meters none. */
export const registerPlacementSchema = z.object({
  instrumentId: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  medium: z.enum(MEDIA),
  gb17167Level: z.enum(GB17167_LEVELS),
  status: z.string(),
  accuracyClass: z.string().nullable(),
  validUntil: z.string().nullable(),
  pointId: z.string().nullable(),
  reason: z.string().nullable(),
});
export type RegisterPlacement = z.infer<typeof registerPlacementSchema>;

export const energyReviewSchema = energyReviewSummarySchema
  .extend({
    result: gb17167ReviewResultSchema,
    snapshot: z.object({ placements: z.array(registerPlacementSchema), reviewInput: z.unknown(), request: z.unknown() }),
    findings: z.array(energyFindingRowSchema),
    rectifications: z.array(rectificationItemSchema),
  })
  .meta({ id: 'EnergyReview' });
export type EnergyReview = z.infer<typeof energyReviewSchema>;

// ---- Consumption-limit benchmarking -----------------------------------------------------------------------------

const evidence = text(1000).describe('where the figure comes from: weighbridge summary, production report …');
const energyLine = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('point'),
    pointId: z.string().uuid(),
    energy: text(40),
    kgcePerUnit: z.number().positive().optional(),
  }),
  z.strictObject({
    source: z.literal('entered'),
    energy: text(40),
    quantity: z.number().min(0),
    unit: text(20),
    evidence,
    kgcePerUnit: z.number().positive().optional(),
  }),
]);

export const benchmarkRequestSchema = z
  .strictObject({
    standardId: text(60).default('GB 16780-2012'),
    indicatorId: text(60),
    capacityTpd: z.number().positive().optional(),
    categoryId: text(60).optional(),
    period: z.strictObject({ from: calendarMonthSchema, to: calendarMonthSchema }),
    energy: z.array(energyLine).min(1, 'at least one energy input'),
    production: z.strictObject({ quantity: z.number().positive(), unit: text(20), evidence }),
  })
  .meta({ id: 'BenchmarkRequest' });
export type BenchmarkRequest = z.input<typeof benchmarkRequestSchema>;

export const CONSUMPTION_VERDICTS = ['advanced', 'new', 'existing', 'exceeds'] as const;
export const CONSUMPTION_VERDICT_LABELS: Record<(typeof CONSUMPTION_VERDICTS)[number], string> = {
  advanced: '达到先进值',
  new: '达到准入值',
  existing: '达到限定值',
  exceeds: '超过限定值',
};

export const benchmarkSchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    standard: z.string(),
    indicator: z.string(),
    label: z.string(),
    product: z.string(),
    category: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    lines: z.array(
      z.object({
        source: z.enum(['point', 'entered']),
        pointId: z.string().nullable(),
        pointCode: z.string().nullable(),
        energy: z.string(),
        quantity: z.number(),
        unit: z.string(),
        kgce: z.number().nullable(),
        evidence: z.string(),
        monthsWithData: z.number().int().nullable(),
      }),
    ),
    production: z.object({ quantity: z.number(), unit: z.string(), evidence: z.string() }),
    energyTotal: z.object({ value: z.number(), unit: z.string() }),
    unitConsumption: z.number(),
    unit: z.string(),
    tiers: z.object({ existing: z.number(), new: z.number().nullable(), advanced: z.number().nullable() }),
    verdict: z.enum(CONSUMPTION_VERDICTS),
    gapToAdvanced: z.number().nullable(),
    clause: z.string(),
    confirmation: z.string(),
    text: z.string(),
    warnings: z.array(z.string()),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Benchmark' });
export type Benchmark = z.infer<typeof benchmarkSchema>;

export const limitLibrarySchema = z
  .object({
    standards: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        supersededBy: z.string().nullable(),
        confirmation: z.string(),
        indicators: z.array(
          z.object({
            id: z.string(),
            product: z.string(),
            label: z.string(),
            unit: z.string(),
            categories: z.array(
              z.object({
                id: z.string(),
                label: z.string(),
                capacityMinTpd: z.number().nullable(),
                capacityMaxTpd: z.number().nullable(),
                tiers: z.object({ existing: z.number(), new: z.number().nullable(), advanced: z.number().nullable() }),
              }),
            ),
          }),
        ),
      }),
    ),
    energies: z.array(
      z.object({ id: z.string(), label: z.string(), baseUnit: z.string(), units: z.array(z.string()), needsMeasured: z.boolean() }),
    ),
  })
  .meta({ id: 'LimitLibrary' });
export type LimitLibrary = z.infer<typeof limitLibrarySchema>;

// ---- Energy balance ---------------------------------------------------------------------------------------------

export const energyBalanceQuerySchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  rootPointId: z.string().uuid().optional(),
  tolerance: z.coerce.number().min(0).lt(1).optional(),
});
export type EnergyBalanceQuery = z.infer<typeof energyBalanceQuerySchema>;

const balanceFlag = z.enum(['ok', 'unmetered_remainder', 'children_exceed_parent', 'end_use']);
export const energyBalanceSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    unit: z.string(),
    tolerance: z.number(),
    root: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    roots: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), medium: z.enum(MEDIA) })),
    rows: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        parentId: z.string().nullable(),
        depth: z.number().int(),
        input: z.number(),
        outputs: z.number().nullable(),
        declaredLoss: z.number(),
        unmetered: z.number(),
        lossRate: z.number().nullable(),
        flag: balanceFlag,
        daysWithData: z.number().int(),
      }),
    ),
    totals: z.object({
      input: z.number(),
      endUse: z.number(),
      declaredLoss: z.number(),
      unmetered: z.number(),
      closure: z.number().nullable(),
    }),
    flagged: z.array(z.string()),
    sankey: z.object({
      nodes: z.array(z.object({ name: z.string(), displayName: z.string(), kind: z.enum(['meter', 'loss', 'unmetered']) })),
      links: z.array(z.object({ source: z.string(), target: z.string(), value: z.number() })),
    }),
    clause: z.string(),
  })
  .meta({ id: 'EnergyBalance' });
export type EnergyBalance = z.infer<typeof energyBalanceSchema>;

// ---- Energy-savings verification --------------------------------------------------------------------------------

const savingsPeriod = z.strictObject({ period: calendarMonthSchema, energy: z.number().min(0).optional(), production: z.number().min(0) });
export const savingsRequestSchema = z
  .strictObject({
    title: text(200),
    /** Energy from these points' monthly rollups; leave out to enter `energy` per period with `energyUnit`. */
    pointIds: z.array(z.string().uuid()).max(50).optional(),
    energyUnit: text(20).optional(),
    productionUnit: text(20),
    evidence,
    baseline: z.array(savingsPeriod).min(3, 'at least 3 baseline periods (GB/T 28750-2012 regression)').max(120),
    reporting: z.array(savingsPeriod).min(1).max(120),
    k: z.number().positive().max(10).optional(),
  })
  .meta({ id: 'SavingsRequest' });
export type SavingsRequest = z.input<typeof savingsRequestSchema>;

export const savingsSchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    title: z.string(),
    energyUnit: z.string(),
    productionUnit: z.string(),
    evidence: z.string(),
    pointIds: z.array(z.string()),
    baseline: z.array(z.object({ period: z.string(), energy: z.number(), production: z.number() })),
    reporting: z.array(z.object({ period: z.string(), energy: z.number(), production: z.number() })),
    model: z.object({ intercept: z.number(), slope: z.number(), n: z.number(), rSquared: z.number(), residualStandardError: z.number() }),
    adjustedBaseline: z.number(),
    reportingEnergy: z.number(),
    savings: z.number(),
    savingsRate: z.number().nullable(),
    uncertainty: z.object({
      standardUncertainty: z.number(),
      k: z.number(),
      expanded: z.number(),
      interval: z.tuple([z.number(), z.number()]),
    }),
    extrapolated: z.array(z.string()),
    clause: z.string(),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Savings' });
export type Savings = z.infer<typeof savingsSchema>;

// ---- Demand analysis (CM-6(1)) ----------------------------------------------------------------------------------

const uncertainParameter = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  industry: z.string(),
  code: z.string(),
  name: z.string(),
  medium: z.enum(MEDIA),
  relativePct: z.number(),
  source: z.enum(['certificate', 'mpe', 'accuracy_class']),
});

export const demandAnalysisSchema = z
  .object({
    institution: z.object({ id: z.string(), name: z.string(), regionCode: z.string().nullable() }),
    on: z.string(),
    enterprises: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        industry: z.string(),
        basis: z.enum(['region', 'reviewed', 'both']),
        instruments: z.number().int(),
        uncalibrated: z.number().int(),
        pointsWithoutInstrument: z.number().int(),
        unmeasured: z.array(z.object({ medium: z.enum(MEDIA), reason: z.string() })),
        latestReview: z.object({ id: z.string(), reviewDate: z.string(), score: z.number(), verdict: z.enum(['pass', 'fail']) }).nullable(),
      }),
    ),
    byIndustry: z.array(
      z.object({
        industry: z.string(),
        enterprises: z.number().int(),
        media: z.array(
          z.object({
            medium: z.enum(MEDIA),
            enterprises: z.number().int(),
            instruments: z.number().int(),
            uncalibrated: z.number().int(),
            unmeasuredEnterprises: z.number().int(),
            pointsWithoutInstrument: z.number().int(),
            maxUncertaintyPct: z.number().nullable(),
          }),
        ),
      }),
    ),
    mostUncertain: z.array(uncertainParameter),
    clause: z.string(),
  })
  .meta({ id: 'DemandAnalysis' });
export type DemandAnalysis = z.infer<typeof demandAnalysisSchema>;
