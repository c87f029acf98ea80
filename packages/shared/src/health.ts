import { z } from 'zod';

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
export const readinessSchema = z
  .object({ status: z.enum(['ready', 'not_ready']), store: z.enum(['pglite', 'postgres']), migrations: z.number().int() })
  .meta({ id: 'Readiness' });
