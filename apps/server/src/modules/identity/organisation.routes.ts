import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisationSchema,
  createSiteSchema,
  listOrganisationsQuerySchema,
  organisationSchema,
  pageOf,
  siteSchema,
} from '@jiliang/shared';
import { scopeOf } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationParam, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';

const idParams = z.object({ id: z.string().uuid() });

/** Creating an organisation happens inside the region its division code names. */
const regionOfNewOrganisation: TargetResolver = async (request) => {
  const body = request.body as { divisionCode?: string };
  return { organisationId: 'new', kind: 'enterprise', divisionCode: body.divisionCode ?? null };
};

export const organisationRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/organisations',
    {
      config: { access: needs('organisations:read') },
      schema: {
        tags: ['organisations'],
        summary: '组织列表 List organisations in scope',
        querystring: listOrganisationsQuerySchema,
        response: { 200: pageOf(organisationSchema) },
      },
    },
    async (request) => services.organisations.listOrganisations(scopeOf(request.principal), request.query),
  );

  app.get(
    '/api/organisations/:id',
    {
      config: { access: needs('organisations:read', organisationParam()) },
      schema: { tags: ['organisations'], summary: '组织详情 One organisation', params: idParams, response: { 200: organisationSchema } },
    },
    async (request) => services.organisations.getOrganisation(request.params.id),
  );

  app.post(
    '/api/organisations',
    {
      config: { access: needs('organisations:write', regionOfNewOrganisation) },
      schema: {
        tags: ['organisations'],
        summary: '新建组织 Register an institution, enterprise or laboratory',
        body: createOrganisationSchema,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await services.organisations.createOrganisation(actorOf(request), request.body)),
  );

  app.get(
    '/api/organisations/:id/sites',
    {
      config: { access: needs('sites:read', organisationParam()) },
      schema: {
        tags: ['organisations'],
        summary: '厂区与用能单元 Sites and sub-units of an enterprise',
        params: idParams,
        response: { 200: pageOf(siteSchema) },
      },
    },
    async (request) => services.organisations.listSites(request.params.id),
  );

  app.post(
    '/api/organisations/:id/sites',
    {
      config: { access: needs('sites:write', organisationParam()) },
      schema: {
        tags: ['organisations'],
        summary: '新建厂区或用能单元 Add a site or sub-unit',
        params: idParams,
        body: createSiteSchema,
        response: { 201: siteSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.organisations.createSite(actorOf(request), request.params.id, request.body)),
  );
};
