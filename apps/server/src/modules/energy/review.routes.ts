import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  energyReviewRequestSchema,
  energyReviewSchema,
  energyReviewSummarySchema,
  pageOf,
  rectificationItemSchema,
  rectificationUpdateSchema,
} from '@jiliang/shared';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';

const idParams = z.object({ id: z.string().uuid() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Target: the unit the review named by `:id` is of. */
const reviewParam: TargetResolver = (request, services) => services.energy.reviews.reviewTargetOf((request.params as { id: string }).id);
/** Target: the unit of the rectification item named by `:id`. */
const itemParam: TargetResolver = (request, services) => services.energy.rectifications.itemTargetOf((request.params as { id: string }).id);

/** GB 17167 reviews and their rectification (issue 8 §1; CM-6(5), CM-6(6)). Thin: schema → access → one call. */
export const energyReviewRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/organisations/:id/energy/reviews',
    {
      config: { access: needs('energy:read', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary: '能源计量审查 Reviews of a unit, newest first',
        params: idParams,
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: pageOf(energyReviewSummarySchema) },
      },
    },
    async (request) => services.energy.reviews.listReviews(request.params.id, request.query.page, request.query.pageSize),
  );

  app.post(
    '/api/organisations/:id/energy/reviews',
    {
      config: { access: needs('energy:write', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary: '开展能源计量审查 Review a unit from its instrument register, inventory and checklist (GB 17167)',
        params: idParams,
        body: energyReviewRequestSchema,
        response: { 201: energyReviewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.energy.reviews.createReview(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/energy/reviews/:id',
    {
      config: { access: needs('energy:read', reviewParam) },
      schema: {
        tags: ['energy'],
        summary: '审查结果 One review: findings, score, verdict, rectification items',
        params: idParams,
        response: { 200: energyReviewSchema },
      },
    },
    async (request) => services.energy.reviews.getReview(request.params.id),
  );

  app.get(
    '/api/energy/reviews/:id/report.docx',
    {
      config: { access: needs('energy:read', reviewParam) },
      schema: { tags: ['energy'], summary: '审查报告 The review report (DOCX, GB/T 9704 layout)', params: idParams },
    },
    async (request, reply) => {
      const file = await services.energy.reviews.renderReport(request.params.id);
      return reply
        .type(DOCX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.content);
    },
  );

  app.patch(
    '/api/energy/rectifications/:id',
    {
      config: { access: needs('energy:write', itemParam) },
      schema: {
        tags: ['energy'],
        summary: '整改进展 Move a rectification item: in progress, or closed with evidence',
        params: idParams,
        body: rectificationUpdateSchema,
        response: { 200: rectificationItemSchema },
      },
    },
    async (request) => services.energy.rectifications.updateItem(actorOf(request), request.params.id, request.body),
  );
};
