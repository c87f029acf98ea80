import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  INSTITUTION_TYPES,
  drawSamplingSchema,
  scoringSchema,
  scoringTemplateSchema,
  submitSheetSchema,
  applyEventSchema,
  createPanelSchema,
  institutionCaseSchema,
  openCaseSchema,
  panelSchema,
  pipelineSchema,
} from '@jiliang/shared';
import { scopeOf, type Principal } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';
import { permissionForEvent } from './institution.service.ts';

/** Acting as the Province (province_admin): may record a panel's result or draw the sample itself. */
const isProvinceAdmin = (principal: Principal): boolean => principal.kind === 'user' && principal.membership?.role === 'province_admin';

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
        isProvince: isProvinceAdmin(request.principal),
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

  app.get(
    '/api/institutions/scoring-templates/:type',
    {
      config: { access: needs('institutions:read') },
      schema: {
        tags: ['institutions'],
        summary: '验收评分表 The scoring sheet of an institution type (CM-16)',
        params: z.object({ type: z.enum(INSTITUTION_TYPES) }),
        response: { 200: scoringTemplateSchema },
      },
    },
    async (request) => services.assessment.getTemplate(request.params.type),
  );

  app.put(
    '/api/institutions/scoring-templates/:type',
    {
      config: { access: needs('institutions:decide') },
      schema: {
        tags: ['institutions'],
        summary: '修改评分表 Edit a scoring sheet: weights sum to 100 (CM-16)',
        params: z.object({ type: z.enum(INSTITUTION_TYPES) }),
        body: scoringTemplateSchema.pick({ items: true }),
        response: { 200: scoringTemplateSchema },
      },
    },
    async (request) => services.assessment.updateTemplate(actorOf(request), request.params.type, request.body.items),
  );

  app.get(
    '/api/institutions/:id/case/scoring',
    {
      config: { access: needs('institutions:read', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '本轮评分 Sheets, sample and proposed score of this round',
        params: idParams,
        response: { 200: scoringSchema },
      },
    },
    async (request) => services.assessment.getScoring(request.params.id),
  );

  app.post(
    '/api/institutions/:id/case/scoring/sheets',
    {
      config: { access: needs('institutions:assess', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '专家评分 A panel member’s sheet (CM-14)',
        params: idParams,
        body: submitSheetSchema,
        response: { 200: scoringSchema },
      },
    },
    async (request) => services.assessment.submitSheet(actorOf(request), request.params.id, request.body.scores),
  );

  app.post(
    '/api/institutions/:id/case/scoring/sampling',
    {
      config: { access: needs('institutions:assess', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '随机抽查 Draw the CM-15 sample; share and seed are recorded',
        params: idParams,
        body: drawSamplingSchema,
        response: { 200: scoringSchema },
      },
    },
    async (request) =>
      services.assessment.drawSampling(actorOf(request), request.params.id, request.body, {
        isProvince: isProvinceAdmin(request.principal),
      }),
  );

  app.get(
    '/api/institutions/:id/case/documents',
    {
      config: { access: needs('institutions:read', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '公文 Documents the lifecycle issued (approval, task book, reports, notices)',
        params: idParams,
        response: {
          200: z.array(
            z.object({
              id: z.string().uuid(),
              kind: z.string(),
              docNumber: z.string(),
              title: z.string(),
              eventSeq: z.number().int(),
              createdAt: z.string(),
            }),
          ),
        },
      },
    },
    async (request) => services.institutions.listDocuments(request.params.id),
  );

  app.get(
    '/api/institutions/:id/case/documents/:file',
    {
      config: { access: needs('institutions:read', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '下载公文 Download a document as <id>.docx or <id>.pdf',
        params: z.object({
          id: z.string().uuid(),
          file: z.string().regex(/^[0-9a-f-]{36}\.(docx|pdf)$/, '<document id>.docx or <document id>.pdf'),
        }),
      },
    },
    async (request, reply) => {
      const [documentId, format] = request.params.file.split('.') as [string, 'docx' | 'pdf'];
      const file = await services.institutions.getDocumentFile(request.params.id, documentId, format);
      const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      return reply
        .type(type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.content);
    },
  );

  const taskBookItemSchema = z.object({
    id: z.string().uuid(),
    kind: z.enum(['task', 'indicator', 'milestone']),
    title: z.string(),
    target: z.string().nullable(),
    dueOn: z.string().nullable(),
    progress: z.number().int(),
    status: z.enum(['open', 'done']),
    updatedAt: z.string(),
  });

  app.get(
    '/api/institutions/:id/case/task-book',
    {
      config: { access: needs('institutions:read', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '筹建任务书 Tasks, indicators and milestones (CM-10)',
        params: idParams,
        response: { 200: z.array(taskBookItemSchema) },
      },
    },
    async (request) => services.taskBook.listItems(request.params.id),
  );

  app.patch(
    '/api/institutions/:id/case/task-book/:itemId',
    {
      config: { access: needs('institutions:apply', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '报告任务进展 Report progress on a task-book item (CM-11)',
        params: z.object({ id: z.string().uuid(), itemId: z.string().uuid() }),
        body: z.object({ progress: z.number().int().min(0).max(100), status: z.enum(['open', 'done']) }),
        response: { 200: z.array(taskBookItemSchema) },
      },
    },
    async (request) => services.taskBook.updateItem(actorOf(request), request.params.id, request.params.itemId, request.body),
  );

  app.get(
    '/api/institutions/:id/case/panels',
    {
      config: { access: needs('institutions:read', organisationParam()) },
      schema: {
        tags: ['institutions'],
        summary: '专家组 The case’s expert panels, newest first (CM-10, CM-14)',
        params: idParams,
        response: { 200: z.array(panelSchema.extend({ memberNames: z.array(z.string()), createdAt: z.string() })) },
      },
    },
    async (request) => services.institutions.listPanels(request.params.id),
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
