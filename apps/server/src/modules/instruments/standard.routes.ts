import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  capabilityInputSchema,
  capabilitySchema,
  certificateInputSchema,
  certificateSchema,
  pageOf,
  standardCheckInputSchema,
  standardCheckSchema,
  standardInputSchema,
  standardSchema,
} from '@jiliang/shared';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationInBody, organisationParam, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';

const idParams = z.object({ id: z.string().uuid() });
const standardParam: TargetResolver = (request, services) => services.standards.ownerTargetOf((request.params as { id: string }).id);
const capabilityParam: TargetResolver = async (request, services) =>
  services.organisations.getAccessTarget(await services.standards.capabilityOrganisationOf((request.params as { id: string }).id));

/** Measurement standards (计量标准), their JJF 1033 checks, and capabilities (issue 4 §3–5). */
export const standardRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/standards',
    {
      // Standards are public metrology infrastructure: anyone who reads instruments may find one to cite.
      config: { access: needs('instruments:read') },
      schema: {
        tags: ['standards'],
        summary: '计量标准 Measurement standards, up to the national primary standards',
        querystring: z.object({
          ownerId: z.string().uuid().optional(),
          q: z.string().max(100).optional(),
          measurand: z.string().max(100).optional(),
        }),
        response: { 200: pageOf(standardSchema) },
      },
    },
    async (request) => services.standards.listStandards(request.query),
  );

  app.post(
    '/api/standards',
    {
      config: { access: needs('instruments:write', organisationInBody('ownerId')) },
      schema: {
        tags: ['standards'],
        summary: '建立计量标准 Register a measurement standard',
        body: standardInputSchema,
        response: { 201: standardSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await services.standards.createStandard(actorOf(request), request.body)),
  );

  app.get(
    '/api/standards/:id',
    {
      config: { access: needs('instruments:read') },
      schema: { tags: ['standards'], summary: '计量标准 One standard', params: idParams, response: { 200: standardSchema } },
    },
    async (request) => services.standards.getStandard(request.params.id),
  );

  app.get(
    '/api/standards/:id/certificates',
    {
      config: { access: needs('instruments:read') },
      schema: {
        tags: ['standards'],
        summary: '标准的溯源证书 Certificates of a standard',
        params: idParams,
        response: { 200: z.array(certificateSchema) },
      },
    },
    async (request) => services.certificates.listCertificates({ standardId: request.params.id }),
  );

  app.post(
    '/api/standards/:id/certificates',
    {
      config: { access: needs('instruments:write', standardParam) },
      schema: {
        tags: ['standards'],
        summary: '登记标准的证书 Enter a certificate of a standard from a higher standard',
        params: idParams,
        body: certificateInputSchema,
        response: { 201: certificateSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.certificates.addCertificate(actorOf(request), { standardId: request.params.id }, request.body)),
  );

  app.get(
    '/api/standards/:id/checks',
    {
      config: { access: needs('instruments:read') },
      schema: {
        tags: ['standards'],
        summary: '重复性与稳定性 JJF 1033 checks of a standard, newest first',
        params: idParams,
        response: { 200: z.array(standardCheckSchema) },
      },
    },
    async (request) => services.standards.listChecks(request.params.id),
  );

  app.post(
    '/api/standards/:id/checks',
    {
      config: { access: needs('instruments:write', standardParam) },
      schema: {
        tags: ['standards'],
        summary: '记录核查 Record a repeatability test or stability check; judged by JJF 1033-2023',
        params: idParams,
        body: standardCheckInputSchema,
        response: { 201: standardCheckSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.standards.recordCheck(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/organisations/:id/capabilities',
    {
      config: { access: needs('instruments:read', organisationParam()) },
      schema: {
        tags: ['standards'],
        summary: '校准测量能力 Capabilities of a laboratory or centre (CM-15 draws from them)',
        params: idParams,
        response: { 200: z.array(capabilitySchema) },
      },
    },
    async (request) => services.standards.listCapabilities(request.params.id),
  );

  app.post(
    '/api/organisations/:id/capabilities',
    {
      config: { access: needs('instruments:write', organisationParam()) },
      schema: {
        tags: ['standards'],
        summary: '登记能力 Register a capability',
        params: idParams,
        body: capabilityInputSchema,
        response: { 201: capabilitySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.standards.createCapability(actorOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/capabilities/:id/active',
    {
      config: { access: needs('instruments:write', capabilityParam) },
      schema: {
        tags: ['standards'],
        summary: '停用或恢复能力 Withdraw or restore a capability (never deleted)',
        params: idParams,
        body: z.object({ active: z.boolean() }),
        response: { 200: capabilitySchema },
      },
    },
    async (request) => services.standards.setCapabilityActive(actorOf(request), request.params.id, request.body.active),
  );
};
