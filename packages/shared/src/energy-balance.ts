import { z } from 'zod';
import { MEDIA, calendarDateSchema } from './instrument.ts';

/** Energy balance over the meter hierarchy (issue 8). Overview: energy-services.ts. */

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
