import { z } from 'zod';
import { GB17167_EDITION_CHOICES, METERING_POINT_CLASSES, gb17167ReviewInputSchema, gb17167ReviewResultSchema } from './energy.ts';
import { code, codes, load, text } from './energy-services.ts';
import { GB17167_LEVELS, MEDIA, calendarDateSchema } from './instrument.ts';

/**
 * GB 17167 review (issue 8; CM-6(6)): the request, its findings, the rectification of failed findings tracked to
 * closure, the register placements and the stored review. Overview: energy-services.ts.
 */

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
