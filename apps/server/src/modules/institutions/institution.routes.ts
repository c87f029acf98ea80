import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applyEventSchema, createPanelSchema, institutionCaseSchema, openCaseSchema, panelSchema, pipelineSchema } from '@jiliang/shared';
import { scopeOf } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';
import { permissionForEvent } from './institution.service.ts';

const idParams = z.object({ id: z.string().uuid() });
const eventBodySchema = applyEventSchema
  .extend({
    annualReport: z.object({ year: z.number().int().min(2023).max(2100), summary: z.string().trim().min(1).max(20000) }).optional(),
  })
  .meta({ id: 'ApplyEventRequest' });

export const institutionRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/institutions/pipeline',
    {
      config: { access: needs('institutions:read') },
      schema: { tags: ['institutions'], summary: '建设进度看板 Institutions by stage, overdue first', response: { 200: pipelineSchema } },
    },
    async (request) => services.institutions.getPipeline(scopeOf(request.principal)),
  );

  app.post(
    '/api/institutions/:id/case',
    {
      config: { access: needs('institutions:apply', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '提出申请 Open the application (CM-7, CM-8)',
        params: idParams,
        body: openCaseSchema,
        response: { 201: institutionCaseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.institutions.openCase(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/institutions/:id/case',
    {
      config: { access: needs('institutions:read', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '申请与建设过程 The case, its timeline and the steps open now',
        params: idParams,
        response: { 200: institutionCaseSchema },
      },
    },
    async (request) => services.institutions.getCase(request.params.id),
  );

  app.post(
    '/api/institutions/:id/case/events',
    {
      config: {
        access: needs((request) => permissionForEvent(String((request.body as { event?: unknown }).event ?? '')), organisationParam()),
      },
      schema: {
        tags: ['institutions'],
        summary: '办理一个步骤 Apply one lifecycle step; refused steps name their article',
        params: idParams,
        body: eventBodySchema,
        response: { 200: institutionCaseSchema },
      },
    },
    async (request) =>
      services.institutions.applyEvent(actorOf(request), request.params.id, request.body, {
        isProvince: request.principal.kind === 'user' && request.principal.membership?.role === 'province_admin',
      }),
  );

  app.post(
    '/api/institutions/:id/case/panels',
    {
      config: { access: needs('institutions:decide', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '组建专家组 Form an expert panel (CM-10, CM-14)',
        params: idParams,
        body: createPanelSchema,
        response: { 201: panelSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.institutions.createPanel(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/institutions/sweep',
    {
      config: { access: needs('institutions:decide') },
      schema: {
        tags: ['institutions'],
        summary: '期限检查 Propose what the deadlines require (CM-13, CM-16)',
        response: { 200: z.object({ applied: z.array(z.object({ organisationId: z.string(), event: z.string() })) }) },
      },
    },
    async (request) => services.institutions.sweepDeadlines(actorOf(request)),
  );
};
