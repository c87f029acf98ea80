import { z } from 'zod';
import { MEDIA } from './instrument.ts';

/** Demand analysis of an institution's enterprises (issue 8; CM-6(1)). Overview: energy-services.ts. */

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
