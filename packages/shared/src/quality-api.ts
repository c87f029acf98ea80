import { z } from 'zod';
import { calendarDateSchema } from './instrument.ts';
import { FILL_METHODS, QUALITY_RULES } from './quality.ts';

/**
 * The data-quality API (issue 6; CM-6(3), CM-6(5), BM-7(4)): limits per point, stored evaluations per point
 * and Shanghai day, issues with drill-down, gap filling, credibility with its parts, the monthly report and
 * an institution's trend. The flag bits and labels are in quality.ts; docs/QUALITY.md explains both.
 */
export const qualityMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const qualityLimitsInputSchema = z
  .object({
    min: z.number().finite().nullable().default(null),
    max: z.number().finite().nullable().default(null),
    maxRatePerHour: z.number().finite().positive().nullable().default(null),
    /** N of the stuck rule; null switches it off. */
    stuckRunLength: z.number().int().min(2).nullable().default(8),
    completenessThreshold: z.number().gt(0).max(1).default(0.9),
  })
  .refine((v) => v.min === null || v.max === null || v.min <= v.max, { message: 'min ≤ max', path: ['max'] });
export type QualityLimitsInput = z.input<typeof qualityLimitsInputSchema>;

export const qualityLimitsSchema = z.object({
  pointId: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  maxRatePerHour: z.number().nullable(),
  stuckRunLength: z.number().nullable(),
  completenessThreshold: z.number(),
  actorLabel: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type QualityLimits = z.infer<typeof qualityLimitsSchema>;

const partsSchema = z.object({
  completeness: z.number().nullable(),
  validity: z.number().nullable(),
  calibration: z.number().nullable(),
  balance: z.number().nullable(),
});
export const credibilitySchema = z.object({
  score: z.number().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
  parts: partsSchema,
  weights: z.object({ completeness: z.number(), validity: z.number(), calibration: z.number(), balance: z.number() }),
  counts: z.record(z.string(), z.number()),
});
export type Credibility = z.infer<typeof credibilitySchema>;

export const qualityFindingSchema = z.object({
  rule: z.enum(QUALITY_RULES),
  ts: z.number().nullable(),
  period: z.object({ from: z.number(), to: z.number() }).nullable(),
  measured: z.number().nullable(),
  limit: z.number().nullable(),
  message: z.string(),
  messageEn: z.string(),
  source: z.string(),
});

export const heatmapSchema = z.object({
  enterpriseId: z.string(),
  month: z.string(),
  days: z.array(z.string()),
  points: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      cells: z.array(
        z.object({ day: z.string(), completeness: z.number(), score: z.number().nullable(), flags: z.number(), readings: z.number() }),
      ),
    }),
  ),
});
export type QualityHeatmap = z.infer<typeof heatmapSchema>;

export const qualityIssueSchema = z.object({
  pointId: z.string(),
  pointCode: z.string(),
  pointName: z.string(),
  day: z.string(),
  rule: z.enum(QUALITY_RULES),
  /** Findings of the rule that day (a stuck run or a gap is one). */
  count: z.number(),
  /** Readings carrying the rule's bit. */
  flaggedReadings: z.number(),
  message: z.string(),
  source: z.string(),
});
export type QualityIssue = z.infer<typeof qualityIssueSchema>;
export const qualityIssueQuerySchema = z.object({
  month: qualityMonthSchema,
  rule: z.enum(QUALITY_RULES).optional(),
  pointId: z.string().uuid().optional(),
});

export const estimatedShareSchema = z.object({
  total: z.number(),
  measured: z.number(),
  estimated: z.number(),
  share: z.number().nullable(),
  estimatedCount: z.number(),
});
export type EstimatedShareView = z.infer<typeof estimatedShareSchema>;

export const qualityDaySchema = z.object({
  pointId: z.string(),
  pointCode: z.string(),
  unit: z.string(),
  day: z.string(),
  completeness: z.number(),
  expected: z.number(),
  received: z.number(),
  flags: z.number(),
  findings: z.array(qualityFindingSchema),
  skipped: z.array(z.object({ rule: z.string(), reason: z.string() })),
  credibility: credibilitySchema,
  readings: z.array(
    z.object({ ts: z.string(), value: z.number(), flags: z.number(), estimated: z.boolean(), method: z.string().nullable() }),
  ),
  /** The day's consumption and the share of it that is estimated (issue 6 §3); null for instantaneous points. */
  total: estimatedShareSchema.nullable(),
  evaluatedAt: z.string(),
});
export type QualityDay = z.infer<typeof qualityDaySchema>;

export const gapFillInputSchema = z.object({ from: calendarDateSchema, to: calendarDateSchema, method: z.enum(FILL_METHODS) });
export const gapFillResultSchema = z.object({ estimated: z.number(), unfilled: z.number(), method: z.enum(FILL_METHODS) });

export const evaluateInputSchema = z.object({ from: calendarDateSchema, to: calendarDateSchema });
export const evaluateResultSchema = z.object({ evaluated: z.number() });

export const qualityReportSchema = z.object({
  enterprise: z.object({ id: z.string(), name: z.string() }),
  month: z.string(),
  credibility: credibilitySchema,
  points: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      days: z.number(),
      completeness: z.number(),
      credibility: credibilitySchema,
      issues: z.record(z.string(), z.number()),
      total: estimatedShareSchema.nullable(),
    }),
  ),
  issuesByRule: z.record(z.string(), z.number()),
  generatedAt: z.string(),
});
export type QualityReport = z.infer<typeof qualityReportSchema>;

export const qualityTrendSchema = z.object({
  institution: z.object({ id: z.string(), name: z.string() }),
  months: z.array(z.string()),
  enterprises: z.array(z.object({ id: z.string(), name: z.string(), scores: z.array(z.number().nullable()) })),
});
export type QualityTrend = z.infer<typeof qualityTrendSchema>;
export const qualityTrendQuerySchema = z.object({ from: qualityMonthSchema, to: qualityMonthSchema });
