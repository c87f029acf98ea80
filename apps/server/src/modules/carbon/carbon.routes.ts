import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountingRunInputSchema,
  accountingRunSchema,
  accountingRunSummarySchema,
  activityEntryInputSchema,
  activityEntrySchema,
  CARBON_SUBJECT_LABELS,
  CARBON_TOTAL_GROUPS,
  carbonTotalsSchema,
  emissionFactorInputSchema,
  emissionFactorSchema,
  enterpriseSourceInputSchema,
  enterpriseSourceSchema,
  FACTOR_KINDS,
  runComparisonSchema,
  runVerificationSchema,
  SOURCE_KIND_LABELS,
} from '@jiliang/shared';
import { buildEmissionsSankey, scopeOf } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';
import { getEmissionReportDocx } from './emission-report.docx.ts';
import { getEmissionReportXlsx } from './emission-report.xlsx.ts';

const idParams = z.object({ id: z.string().uuid() });
const sourceTarget: TargetResolver = async (request, services) =>
  services.organisations.getAccessTarget(await services.emissionSources.enterpriseOfSource((request.params as { id: string }).id));
const runTarget: TargetResolver = async (request, services) =>
  services.organisations.getAccessTarget(await services.accounting.enterpriseOfRun((request.params as { id: string }).id));

/** Greenhouse-gas accounting (issue 7): factor library, emission sources, activity entries, runs, totals. */
export const carbonRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/carbon/factors',
    {
      config: { access: needs('carbon:read') },
      schema: {
        tags: ['carbon'],
        summary: '排放因子库 The factor library: every version, or the current ones',
        querystring: z.object({
          kind: z.enum(FACTOR_KINDS).optional(),
          code: z.string().max(80).optional(),
          current: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
        }),
        response: { 200: z.array(emissionFactorSchema) },
      },
    },
    async (request) => services.factors.listFactors(request.query),
  );

  app.post(
    '/api/carbon/factors',
    {
      config: { access: needs('factors:write') },
      schema: {
        tags: ['carbon'],
        summary: '新增因子或新版本 A factor, or the next version of a code (never an edit)',
        body: emissionFactorInputSchema,
        response: { 201: emissionFactorSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await services.factors.createFactor(actorOf(request), request.body)),
  );

  app.get(
    '/api/organisations/:id/emission-sources',
    {
      config: { access: needs('carbon:read', organisationParam()) },
      schema: {
        tags: ['carbon'],
        summary: '排放源 Emission sources of an enterprise',
        params: idParams,
        response: { 200: z.array(enterpriseSourceSchema) },
      },
    },
    async (request) => services.emissionSources.listSources(request.params.id),
  );

  app.post(
    '/api/organisations/:id/emission-sources',
    {
      config: { access: needs('carbon:write', organisationParam()) },
      schema: {
        tags: ['carbon'],
        summary: '新增排放源 A new emission source (GB/T 32150)',
        params: idParams,
        body: enterpriseSourceInputSchema,
        response: { 201: enterpriseSourceSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await services.emissionSources.createSource(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/emission-sources/:id/active',
    {
      config: { access: needs('carbon:write', sourceTarget) },
      schema: {
        tags: ['carbon'],
        summary: '停用或启用排放源 Retire or reinstate a source (runs keep it)',
        params: idParams,
        body: z.strictObject({ active: z.boolean() }),
        response: { 200: enterpriseSourceSchema },
      },
    },
    async (request) => services.emissionSources.setSourceActive(actorOf(request), request.params.id, request.body.active),
  );

  app.get(
    '/api/emission-sources/:id/activity-entries',
    {
      config: { access: needs('carbon:read', sourceTarget) },
      schema: {
        tags: ['carbon'],
        summary: '活动数据录入 Manual activity entries, superseded ones included',
        params: idParams,
        response: { 200: z.array(activityEntrySchema) },
      },
    },
    async (request) => services.emissionSources.listEntries([request.params.id]),
  );

  app.post(
    '/api/emission-sources/:id/activity-entries',
    {
      config: { access: needs('carbon:write', sourceTarget) },
      schema: {
        tags: ['carbon'],
        summary: '录入活动数据 A month of activity with its evidence',
        params: idParams,
        body: activityEntryInputSchema,
        response: { 201: activityEntrySchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await services.emissionSources.addEntry(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/organisations/:id/accounting-runs',
    {
      config: { access: needs('carbon:read', organisationParam()) },
      schema: {
        tags: ['carbon'],
        summary: '核算记录 Accounting runs of an enterprise',
        params: idParams,
        response: { 200: z.array(accountingRunSummarySchema) },
      },
    },
    async (request) => services.accounting.listRuns(request.params.id),
  );

  app.post(
    '/api/organisations/:id/accounting-runs',
    {
      config: { access: needs('carbon:write', organisationParam()) },
      schema: {
        tags: ['carbon'],
        summary: '碳排放核算 Run the accounting for a period',
        params: idParams,
        body: accountingRunInputSchema,
        response: { 201: accountingRunSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await services.accounting.createRun(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/accounting-runs/:id',
    {
      config: { access: needs('carbon:read', runTarget) },
      schema: {
        tags: ['carbon'],
        summary: '核算记录详情 A run: its record and result',
        params: idParams,
        response: { 200: accountingRunSchema },
      },
    },
    async (request) => services.accounting.getRun(request.params.id),
  );

  app.get(
    '/api/accounting-runs/:id/verify',
    {
      config: { access: needs('carbon:read', runTarget) },
      schema: {
        tags: ['carbon'],
        summary: '复算核验 Recompute the run from its record, bit for bit',
        params: idParams,
        response: { 200: runVerificationSchema },
      },
    },
    async (request) => services.accounting.verifyRun(request.params.id),
  );

  app.get(
    '/api/accounting-runs/:id/compare/:otherId',
    {
      config: { access: needs('carbon:read', runTarget) },
      schema: {
        tags: ['carbon'],
        summary: '核算对比 Differences per source between two runs',
        params: z.object({ id: z.string().uuid(), otherId: z.string().uuid() }),
        response: { 200: runComparisonSchema },
      },
    },
    async (request) => services.accounting.compareRuns(request.params.id, request.params.otherId),
  );

  app.get(
    '/api/accounting-runs/:id/sankey',
    {
      config: { access: needs('carbon:read', runTarget) },
      schema: {
        tags: ['carbon'],
        summary: '能源—排放桑基图 Energy carriers to emissions (tCO2)',
        params: idParams,
        response: {
          200: z.object({
            nodes: z.array(z.object({ name: z.string(), group: z.enum(['carrier', 'kind', 'total']) })),
            links: z.array(z.object({ source: z.string(), target: z.string(), value: z.number() })),
          }),
        },
      },
    },
    async (request) =>
      buildEmissionsSankey(await services.accounting.getRun(request.params.id), {
        subject: (s) => CARBON_SUBJECT_LABELS[s]?.zh ?? s,
        kind: (k) => SOURCE_KIND_LABELS[k as keyof typeof SOURCE_KIND_LABELS]?.zh ?? k,
        total: '温室气体排放总量',
      }),
  );

  app.get(
    '/api/carbon/totals',
    {
      config: { access: needs('carbon:read') },
      schema: {
        tags: ['carbon'],
        summary: '排放总量 Totals by enterprise, industry or prefecture for a year (the caller’s scope)',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100), by: z.enum(CARBON_TOTAL_GROUPS).default('prefecture') }),
        response: { 200: carbonTotalsSchema },
      },
    },
    async (request) => services.accounting.totals(scopeOf(request.principal), request.query.year, request.query.by),
  );

  // The annual emission report of a run (issue 7 §6), GB/T 32150 structure; a Chinese file name per RFC 6266 (filename*).
  for (const [format, getReport] of [
    ['docx', getEmissionReportDocx],
    ['xlsx', getEmissionReportXlsx],
  ] as const)
    app.get(
      `/api/accounting-runs/:id/report.${format}`,
      {
        config: { access: needs('carbon:read', runTarget) },
        schema: {
          tags: ['carbon'],
          summary: `温室气体排放报告 The emission report of a run (${format.toUpperCase()}, GB/T 32150 structure)`,
          params: idParams,
        },
      },
      async (request, reply) => {
        const file = await getReport(services, request.params.id);
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .send(file.content);
      },
    );
};
