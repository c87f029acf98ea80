import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUserSchema, pageOf, pageQuerySchema, resetPasswordSchema, userSchema } from '@jiliang/shared';
import { scopeOf } from '@jiliang/calc';
import { actorOf } from '../../http/actor.ts';
import { needs, organisationInBody, organisationInQuery, type TargetResolver } from '../../http/route-access.ts';
import type { Services } from '../../services.ts';

/** Target: every organisation the user belongs to; all must be in the caller's scope. */
const organisationsOfUser: TargetResolver = async (request, services) => {
  const user = await services.users.getUser((request.params as { id: string }).id);
  return Promise.all(user.memberships.map((m) => services.organisations.getAccessTarget(m.organisation.id)));
};

export const userRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/api/users',
    {
      config: { access: needs('users:read', organisationInQuery()) },
      schema: {
        tags: ['users'],
        summary: '用户列表 Users in scope',
        querystring: pageQuerySchema.extend({ organisationId: z.string().uuid().optional() }),
        response: { 200: pageOf(userSchema) },
      },
    },
    async (request) => services.users.listUsers(scopeOf(request.principal), request.query),
  );

  app.post(
    '/api/users',
    {
      config: { access: needs('users:write', organisationInBody()) },
      schema: { tags: ['users'], summary: '新建用户 Create a user with one role', body: createUserSchema, response: { 201: userSchema } },
    },
    async (request, reply) => reply.status(201).send(await services.users.createUser(actorOf(request), request.body)),
  );

  app.put(
    '/api/users/:id/password',
    {
      config: { access: needs('users:write', organisationsOfUser) },
      schema: {
        tags: ['users'],
        summary: '重置密码 Reset a password',
        params: z.object({ id: z.string().uuid() }),
        body: resetPasswordSchema,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await services.users.resetPassword(actorOf(request), request.params.id, request.body.password);
      return reply.status(204).send();
    },
  );
};
