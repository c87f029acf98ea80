import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  benchmarkRequestSchema,
  benchmarkSchema,
  calendarDateSchema,
  demandAnalysisSchema,
  energyBalanceQuerySchema,
  energyBalanceSchema,
  limitLibrarySchema,
  savingsRequestSchema,
  savingsSchema,
} from '@jiliang/shared';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';

const idParams = z.object({ id: z.string().uuid() });

/** Benchmarking, energy balance, savings and demand analysis (issue 8 §2–§6; CM-6(1), CM-6(5)). */
export const energyServiceRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/energy/limit-standards',
    {
      config: { access: needs('energy:read') },
      schema: {
        tags: ['energy'],
        summary: '能耗限额标准库 Limit standards with their tiers, and the GB/T 2589 energies',
        response: { 200: limitLibrarySchema },
      },
    },
    async () => services.energy.benchmarks.getLimitLibrary(),
  );

  app.get(
    '/api/organisations/:id/energy/benchmarks',
    {
      config: { access: needs('energy:read', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary: '能耗限额对标 Benchmarks of an enterprise',
        params: idParams,
        response: { 200: z.array(benchmarkSchema) },
      },
    },
    async (request) => services.energy.benchmarks.listBenchmarks(request.params.id),
  );

  app.post(
    '/api/organisations/:id/energy/benchmarks',
    {
      config: { access: needs('energy:write', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary: '对标 Unit consumption of a period (meter rollups and entered energy, production with evidence) against the tiers',
        params: idParams,
        body: benchmarkRequestSchema,
        response: { 201: benchmarkSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.energy.benchmarks.createBenchmark(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/organisations/:id/energy/balance',
    {
      config: { access: needs('energy:read', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary: '能量平衡 Inputs, outputs and unmetered remainders over the meter hierarchy for a period; table and Sankey',
        params: idParams,
        querystring: energyBalanceQuerySchema,
        response: { 200: energyBalanceSchema },
      },
    },
    async (request) => services.energy.balance.computeBalance(request.params.id, request.query),
  );

  app.get(
    '/api/organisations/:id/energy/savings',
    {
      config: { access: needs('energy:read', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary: '节能量审核 Savings verifications of a unit',
        params: idParams,
        response: { 200: z.array(savingsSchema) },
      },
    },
    async (request) => services.energy.savings.listVerifications(request.params.id),
  );

  app.post(
    '/api/organisations/:id/energy/savings',
    {
      config: { access: needs('energy:write', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary: '节能量审核 Baseline against reporting months, regression on production, with uncertainty (GB/T 28750-2012)',
        params: idParams,
        body: savingsRequestSchema,
        response: { 201: savingsSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.energy.savings.createVerification(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/institutions/:id/energy/demand',
    {
      config: { access: needs('energy:read', organisationParam()) },
      schema: {
        tags: ['energy'],
        summary:
          '需求分析 Unmeasured, uncalibrated and most uncertain key parameters of the units an institution serves, by industry (CM-6(1))',
        params: idParams,
        querystring: z.object({ on: calendarDateSchema.optional() }),
        response: { 200: demandAnalysisSchema },
      },
    },
    async (request) => services.energy.demand.analyseDemand(request.params.id, request.query.on),
  );
};
