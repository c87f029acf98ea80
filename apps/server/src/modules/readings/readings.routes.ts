import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  batchReceiptSchema,
  meterSwapSchema,
  pointInputSchema,
  pointSchema,
  seriesQuerySchema,
  seriesSchema,
} from '@jiliang/shared';
import { scopeOf } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';
import { DEFAULT_MAPPING, rowsFromCsv, rowsFromJson, rowsFromNdjson, rowsFromXlsx, type ColumnMapping } from './reading-files.ts';

const idParams = z.object({ id: z.string().uuid() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pointParam: TargetResolver = (request, services) => services.points.enterpriseTargetOf((request.params as { id: string }).id);
const seriesTarget: TargetResolver = async (request, services) => {
  const q = request.query as { pointId?: string; enterpriseId?: string; siteId?: string };
  if (q.pointId) return services.points.enterpriseTargetOf(q.pointId);
  if (q.enterpriseId) return services.organisations.getAccessTarget(q.enterpriseId);
  return undefined; // a site: the series keeps only points in scope
};
const quarantineInBody: TargetResolver = async (request, services) =>
  Promise.all(
    (await services.quarantine.enterprisesOf((request.body as { ids?: string[] }).ids ?? [])).map((id) =>
      services.organisations.getAccessTarget(id),
    ),
  );

const mappingQuery = z.object({
  layout: z.enum(['long', 'wide']).default('long'),
  point: z.string().max(60).default('point'),
  ts: z.string().max(60).default('ts'),
  value: z.string().max(60).default('value'),
  reason: z.string().max(60).default('reason'),
  preview: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});

/** Meter data (issue 5): points, ingestion (HTTP bulk and files), receipts, quarantine, series and exports. */
export const readingRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.addContentTypeParser(
    ['text/csv', 'application/x-ndjson', 'text/plain'],
    { parseAs: 'string', bodyLimit: 200 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.addContentTypeParser([XLSX], { parseAs: 'buffer', bodyLimit: 50 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get(
    '/api/organisations/:id/points',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: { tags: ['readings'], summary: '测点 Points of an enterprise', params: idParams, response: { 200: z.array(pointSchema) } },
    },
    async (request) => services.points.listPoints(request.params.id),
  );

  app.post(
    '/api/organisations/:id/points',
    {
      config: { access: needs('sites:write', organisationParam()) },
      schema: {
        tags: ['readings'],
        summary: '新建测点 Add a point',
        params: idParams,
        body: pointInputSchema,
        response: { 201: pointSchema },
      },
    },
    async (request, reply) => {
      const point = await services.points.createPoint(actorOf(request), request.params.id, request.body);
      services.ingest.forgetPoints(request.params.id);
      return reply.status(201).send(point);
    },
  );

  app.post(
    '/api/points/:id/swaps',
    {
      config: { access: needs('sites:write', pointParam) },
      schema: {
        tags: ['readings'],
        summary: '换表 Record a meter replacement: closing and opening registers',
        params: idParams,
        body: meterSwapSchema,
        response: { 200: pointSchema },
      },
    },
    async (request) => services.points.swapMeter(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/organisations/:id/readings',
    {
      config: { access: needs('readings:write', organisationParam()) },
      bodyLimit: 200 * 1024 * 1024,
      schema: {
        tags: ['readings'],
        summary: '批量上传读数 Bulk readings: JSON {rows}, NDJSON, or CSV (point,ts,value[,reason]); the receipt after commit',
        params: idParams,
        querystring: mappingQuery.omit({ preview: true }),
        response: { 200: batchReceiptSchema },
      },
    },
    async (request) => {
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim();
      const mapping: ColumnMapping = { ...DEFAULT_MAPPING, ...request.query };
      const parsed =
        type === 'application/json'
          ? { rows: rowsFromJson(request.body), rejected: [] }
          : type === 'application/x-ndjson'
            ? rowsFromNdjson(String(request.body))
            : type === 'text/csv'
              ? rowsFromCsv(String(request.body), mapping)
              : undefined;
      if (!parsed)
        throw new AppError('VALIDATION_FAILED', `不支持的内容类型 ${type} (use application/json, application/x-ndjson or text/csv)`, [
          { field: 'content-type', rule: 'application/json | application/x-ndjson | text/csv', message: type },
        ]);
      return services.ingest.ingest(actorOf(request), request.params.id, parsed.rows, { source: 'http', extraRejections: parsed.rejected });
    },
  );

  app.post(
    '/api/organisations/:id/readings/file',
    {
      config: { access: needs('readings:write', organisationParam()) },
      bodyLimit: 50 * 1024 * 1024,
      schema: {
        tags: ['readings'],
        summary: '文件导入读数 Upload a CSV or XLSX with a column mapping; preview=true checks without writing',
        params: idParams,
        querystring: mappingQuery.extend({ filename: z.string().max(200).optional() }),
      },
    },
    async (request) => {
      const mapping: ColumnMapping = { ...DEFAULT_MAPPING, ...request.query };
      const parsed = Buffer.isBuffer(request.body)
        ? await rowsFromXlsx(request.body, mapping)
        : rowsFromCsv(String(request.body ?? ''), mapping);
      if (request.query.preview) return services.ingest.preview(request.params.id, parsed.rows, parsed.rejected);
      return services.ingest.ingest(actorOf(request), request.params.id, parsed.rows, {
        source: 'file',
        filename: request.query.filename,
        extraRejections: parsed.rejected,
      });
    },
  );

  app.get(
    '/api/organisations/:id/batches',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['readings'],
        summary: '批次回执 Batch receipts, newest first',
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      },
    },
    async (request) => services.quarantine.listBatches(request.params.id, request.query.limit),
  );

  app.get(
    '/api/organisations/:id/quarantine',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['readings'],
        summary: '隔离区 Rejected rows with their reasons',
        params: idParams,
        querystring: z.object({ status: z.enum(['open', 'replayed', 'dismissed']).default('open') }),
      },
    },
    async (request) => services.quarantine.listRows(request.params.id, request.query.status),
  );

  app.post(
    '/api/quarantine/replay',
    {
      config: { access: needs('readings:write', quarantineInBody) },
      schema: {
        tags: ['readings'],
        summary: '重放隔离行 Replay quarantined rows, corrected where given; a new batch and receipt',
        body: z.object({
          ids: z.array(z.string().uuid()).min(1).max(10_000),
          corrections: z
            .record(
              z.string(),
              z.object({ point: z.string().optional(), ts: z.string().optional(), value: z.union([z.number(), z.string()]).optional() }),
            )
            .default({}),
          reason: z.string().trim().min(1).max(500),
        }),
        response: { 200: batchReceiptSchema },
      },
    },
    async (request) => services.quarantine.replay(actorOf(request), request.body),
  );

  app.post(
    '/api/quarantine/dismiss',
    {
      config: { access: needs('readings:write', quarantineInBody) },
      schema: {
        tags: ['readings'],
        summary: '驳回隔离行 Dismiss quarantined rows with a reason (kept, never deleted)',
        body: z.object({ ids: z.array(z.string().uuid()).min(1).max(10_000), reason: z.string().trim().min(1).max(500) }),
      },
    },
    async (request) => services.quarantine.dismiss(actorOf(request), request.body.ids, request.body.reason),
  );

  app.get(
    '/api/series',
    {
      config: { access: needs('sites:read', seriesTarget) },
      schema: {
        tags: ['readings'],
        summary: '时间序列 Series from the rollups (hour, day, month) or raw for one point',
        querystring: seriesQuerySchema,
        response: { 200: seriesSchema },
      },
    },
    async (request) => services.series.series(scopeOf(request.principal), request.query),
  );

  app.get(
    '/api/series/export',
    {
      config: { access: needs('sites:read', seriesTarget) },
      schema: {
        tags: ['readings'],
        summary: '导出 Series as CSV or XLSX, streamed',
        querystring: seriesQuerySchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request.principal);
      const name = `series-${request.query.resolution}.${request.query.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (request.query.format === 'xlsx') return reply.type(XLSX).send(await services.series.seriesXlsx(scope, request.query));
      return reply.type('text/csv; charset=utf-8').send(await services.series.seriesCsv(scope, request.query));
    },
  );

  app.get(
    '/api/organisations/:id/readings/summary',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: { tags: ['readings'], summary: '数据概况 Points, readings and open quarantine rows of an enterprise', params: idParams },
    },
    async (request) => services.quarantine.summary(request.params.id),
  );
};
