import { z } from 'zod';
import { calendarMonthSchema, evidence, text } from './energy-services.ts';

/** Energy-savings verification (issue 8; GB/T 28750-2012). Overview: energy-services.ts. */

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
