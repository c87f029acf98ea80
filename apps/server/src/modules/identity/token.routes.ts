import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiTokenSchema, createTokenSchema, createdTokenSchema, pageOf, pageQuerySchema } from '@jiliang/shared';
import { permissionsOf, scopeOf } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationInBody, organisationInQuery, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';

const organisationOfToken: TargetResolver = async (request, services) => {
  const token = await services.tokens.getToken((request.params as { id: string }).id);
  return services.organisations.getAccessTarget(token.organisationId);
};

export const tokenRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/tokens',
    {
      config: { access: needs('tokens:manage', organisationInQuery()) },
      schema: {
        tags: ['tokens'],
        summary: '访问令牌 API tokens in scope',
        querystring: pageQuerySchema.extend({ organisationId: z.string().uuid().optional() }),
        response: { 200: pageOf(apiTokenSchema) },
      },
    },
    async (request) => services.tokens.listTokens(scopeOf(request.principal), request.query),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: needs('tokens:manage', organisationInBody()) },
      schema: {
        tags: ['tokens'],
        summary: '创建访问令牌 Create an API token (the secret is shown once)',
        body: createTokenSchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.tokens.createToken(actorOf(request), permissionsOf(request.principal), request.body)),
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: needs('tokens:manage', organisationOfToken) },
      schema: {
        tags: ['tokens'],
        summary: '吊销访问令牌 Revoke an API token',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: apiTokenSchema },
      },
    },
    async (request) => services.tokens.revokeToken(actorOf(request), request.params.id),
  );
};
