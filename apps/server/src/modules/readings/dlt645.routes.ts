import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { batchReceiptSchema } from '@jiliang/shared';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';
import { createDlt645Ingest } from './dlt645-ingest.ts';

const idParams = z.object({ id: z.string().uuid() });

/** A frame as a gateway logged it; 12 + 255 bytes at most, so 1 000 characters leave room for spaces and FE. */
const dlt645FramesSchema = z.object({
  frames: z
    .array(
      z.object({
        hex: z.string().min(1).max(1000),
        receivedAt: z.string().min(1).max(64),
      }),
    )
    .min(1, '至少一帧 (at least one frame)')
    .max(100_000, '一次最多 100000 帧 (at most 100 000 frames per request)'),
});

/** DL/T 645-2007 gateway frames over HTTP (issue 5 §2; docs/READINGS.md "DL/T 645-2007 gateways"). */
export const dlt645Routes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const gateway = createDlt645Ingest({ ingest: services.ingest, points: services.points });

  app.post(
    '/api/organisations/:id/readings/dlt645',
    {
      config: { access: needs('readings:write', organisationParam()) },
      bodyLimit: 50 * 1024 * 1024,
      schema: {
        tags: ['readings'],
        summary:
          'DL/T 645-2007 网关帧 Gateway frames {frames: [{hex, receivedAt}]}: decoded, checked, mapped by address and DI to points; the receipt after commit',
        params: idParams,
        body: dlt645FramesSchema,
        response: { 200: batchReceiptSchema },
      },
    },
    async (request) => gateway.ingestFrames(actorOf(request), request.params.id, request.body.frames),
  );
};
