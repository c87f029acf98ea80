import { z } from 'zod';
import { calendarMonthSchema, evidence, text } from './energy-services.ts';

/** Consumption-limit benchmarking (issue 8) against the limit library. Overview: energy-services.ts. */

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
