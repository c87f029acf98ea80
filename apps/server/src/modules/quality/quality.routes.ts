import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  evaluateInputSchema,
  evaluateResultSchema,
  gapFillInputSchema,
  gapFillResultSchema,
  heatmapSchema,
  qualityDaySchema,
  qualityIssueQuerySchema,
  qualityIssueSchema,
  qualityLimitsInputSchema,
  qualityLimitsSchema,
  qualityMonthSchema,
  qualityReportSchema,
  qualityTrendQuerySchema,
  qualityTrendSchema,
  calendarDateSchema,
  monthlyFigureInputSchema,
  monthlyFigureQuerySchema,
  monthlyFigureSchema,
  AppError,
} from '@jiliang/shared';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';
import { renderQualityReportXlsx } from './quality-report.xlsx.ts';

const idParams = z.object({ id: z.string().uuid() });
const monthQuery = z.object({ month: qualityMonthSchema });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pointParams = z.object({ id: z.string().uuid(), pointId: z.string().uuid() });

/**
 * Data quality (issue 6; CM-6(3), CM-6(5), BM-7(4)). Reading needs 'sites:read' (as meter data does); setting
 * limits, filling gaps, entering monthly figures and forcing an evaluation need 'readings:write'.
 */
export const qualityRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { read, write, evaluation } = services.quality;
  /** A point is addressed under its enterprise, so that the scope check is the enterprise's; another's point is not found. */
  const ownPoint = async (params: { id: string; pointId: string }) => {
    const point = await evaluation.loadPoint(params.pointId);
    if (point.enterpriseId !== params.id)
      throw new AppError('NOT_FOUND', `测点 ${params.pointId} 不属于该单位 (point not found in the organisation)`, {
        entity: 'point',
        id: params.pointId,
      });
    return params.pointId;
  };

  app.get(
    '/api/organisations/:id/quality/heatmap',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '数据质量热力图 Point × day',
        params: idParams,
        querystring: monthQuery,
        response: { 200: heatmapSchema },
      },
    },
    async (request) => read.heatmap(request.params.id, request.query.month),
  );

  app.get(
    '/api/organisations/:id/quality/issues',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '数据质量问题 Issues per point, day and rule',
        params: idParams,
        querystring: qualityIssueQuerySchema,
        response: { 200: z.array(qualityIssueSchema) },
      },
    },
    async (request) => read.listIssues(request.params.id, request.query),
  );

  app.get(
    '/api/organisations/:id/quality/report',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '数据质量月报 Monthly data-quality report (CM-6(5))',
        params: idParams,
        querystring: monthQuery,
        response: { 200: qualityReportSchema },
      },
    },
    async (request) => read.monthlyReport(request.params.id, request.query.month),
  );

  app.get(
    '/api/organisations/:id/quality/report.xlsx',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: { tags: ['quality'], summary: '数据质量月报 XLSX', params: idParams, querystring: monthQuery },
    },
    async (request, reply) => {
      const report = await read.monthlyReport(request.params.id, request.query.month);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="quality-${request.query.month}.xlsx"`)
        .send(await renderQualityReportXlsx(report));
    },
  );

  app.post(
    '/api/organisations/:id/quality/evaluate',
    {
      config: { access: needs('readings:write', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '重新评价 Re-evaluate every point of an enterprise over days',
        params: idParams,
        body: evaluateInputSchema,
        response: { 200: evaluateResultSchema },
      },
    },
    async (request) => {
      const points = await services.points.listPoints(request.params.id);
      const ids = points.map((p) => p.id);
      await evaluation.markDays(ids, request.body.from, request.body.to);
      return { evaluated: await evaluation.refresh(ids, request.body.from, request.body.to) };
    },
  );

  app.get(
    '/api/organisations/:id/quality/monthly-figures',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '月报数据 Monthly figures of the enterprise’s points, with history (rule 9)',
        params: idParams,
        querystring: monthlyFigureQuerySchema,
        response: { 200: z.array(monthlyFigureSchema) },
      },
    },
    async (request) => services.quality.monthlyFigures.listFigures(request.params.id, request.query),
  );

  app.post(
    '/api/organisations/:id/quality/monthly-figures',
    {
      config: { access: needs('readings:write', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '录入月报数据 Enter a monthly figure (supersedes the month’s current one; its days are re-evaluated)',
        params: idParams,
        body: monthlyFigureInputSchema,
        response: { 201: monthlyFigureSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.quality.monthlyFigures.addFigure(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/institutions/:id/quality/trend',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '数据质量趋势 Monthly credibility of an institution’s enterprises',
        params: idParams,
        querystring: qualityTrendQuerySchema,
        response: { 200: qualityTrendSchema },
      },
    },
    async (request) => read.trend(request.params.id, request.query),
  );

  app.get(
    '/api/organisations/:id/points/:pointId/quality/limits',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: { tags: ['quality'], summary: '测点质量限值 Limits of a point', params: pointParams, response: { 200: qualityLimitsSchema } },
    },
    async (request) => write.getLimits(await ownPoint(request.params)),
  );

  app.put(
    '/api/organisations/:id/points/:pointId/quality/limits',
    {
      config: { access: needs('readings:write', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '设置质量限值 Set a point’s limits (its days are re-evaluated)',
        params: pointParams,
        body: qualityLimitsInputSchema,
        response: { 200: qualityLimitsSchema },
      },
    },
    async (request) => write.setLimits(actorOf(request), await ownPoint(request.params), request.body),
  );

  app.get(
    '/api/organisations/:id/points/:pointId/quality/days/:day',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '某日读数与标志 A day’s readings with flags and estimates',
        params: pointParams.extend({ day: calendarDateSchema }),
        response: { 200: qualityDaySchema },
      },
    },
    async (request) => read.getDay(await ownPoint(request.params), request.params.day),
  );

  app.post(
    '/api/organisations/:id/points/:pointId/quality/fill',
    {
      config: { access: needs('readings:write', organisationParam()) },
      schema: {
        tags: ['quality'],
        summary: '补数 Fill gaps by a documented method; values are stored as estimates',
        params: pointParams,
        body: gapFillInputSchema,
        response: { 200: gapFillResultSchema },
      },
    },
    async (request) => write.fillGaps(actorOf(request), await ownPoint(request.params), request.body),
  );
};
