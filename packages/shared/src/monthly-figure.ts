import { z } from 'zod';

/**
 * 月报数据 (issue 6, rule 9): a point's separately reported monthly value — the enterprise's monthly report or the
 * utility's bill — against which the sum of the point's daily consumption is checked (STANDARDS §3: daily-report
 * and monthly-report data agree within 5 %). A new figure for the same point and month supersedes the current
 * one, which is kept; the reason for the change is then required. docs/QUALITY.md describes how the server uses it.
 */
export const MONTHLY_FIGURE_SOURCES = ['monthly_report', 'bill', 'other'] as const;
export type MonthlyFigureSource = (typeof MONTHLY_FIGURE_SOURCES)[number];
export const MONTHLY_FIGURE_SOURCE_LABELS: Readonly<Record<MonthlyFigureSource, { zh: string; en: string }>> = {
  monthly_report: { zh: '企业月报', en: 'Monthly report' },
  bill: { zh: '结算账单', en: 'Utility bill' },
  other: { zh: '其他', en: 'Other' },
};

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month: YYYY-MM (a calendar month, Asia/Shanghai)');

export const monthlyFigureInputSchema = z
  .strictObject({
    /** The point, by id or by its code in the enterprise: exactly one of the two. */
    pointId: z.string().uuid().optional(),
    pointCode: z.string().trim().min(1).max(60).optional(),
    month: monthSchema,
    value: z
      .number()
      .finite()
      .min(0, 'value ≥ 0 in the point’s unit (STANDARDS §3; a consumption figure is not negative, daily-monthly-consistency.ts)'),
    source: z.enum(MONTHLY_FIGURE_SOURCES),
    /** The document behind the figure (report number, bill number): required. */
    evidence: z.string().trim().min(2, 'evidence: the document behind the figure, at least 2 characters').max(500),
    /** Why the figure replaces the current one; required when one exists. */
    reason: z.string().trim().min(2).max(500).optional(),
  })
  .refine((v) => (v.pointId === undefined) !== (v.pointCode === undefined), {
    message: 'pointId or pointCode: exactly one of the two',
    path: ['pointId'],
  });
export type MonthlyFigureInput = z.infer<typeof monthlyFigureInputSchema>;

export const monthlyFigureQuerySchema = z.object({ month: monthSchema.optional(), pointId: z.string().uuid().optional() });

export const monthlyFigureSchema = z.object({
  id: z.string(),
  pointId: z.string(),
  pointCode: z.string(),
  pointName: z.string(),
  month: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.enum(MONTHLY_FIGURE_SOURCES),
  evidence: z.string(),
  reason: z.string().nullable(),
  /** Null for the current figure of its point and month; else the figure that replaced it. */
  supersededBy: z.string().nullable(),
  actorLabel: z.string(),
  createdAt: z.string(),
  /** Σ of the point's daily consumption over the month (rollups_day), null without any day. */
  dailySum: z.number().nullable(),
});
export type MonthlyFigure = z.infer<typeof monthlyFigureSchema>;
