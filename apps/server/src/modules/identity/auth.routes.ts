import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errorBodySchema, loginRequestSchema, meSchema, switchMembershipSchema } from '@jiliang/shared';
import { PUBLIC, SIGNED_IN } from '../../http/route-access.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../http/access-hook.ts';
import type { Services } from '../../services.ts';

export type AuthRouteOptions = { services: Services; secureCookies: boolean; loginRateLimitPerMinute: number };

export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (app, { services, secureCookies, loginRateLimitPerMinute }) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: PUBLIC, rateLimit: { max: loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '登录 Sign in',
        body: loginRequestSchema,
        response: { 200: meSchema, 401: errorBodySchema, 423: errorBodySchema },
      },
    },
    async (request, reply) => {
      const result = await services.auth.login(request.body.username, request.body.password, { ip: request.ip });
      const common = { path: '/', secure: secureCookies, expires: result.expiresAt };
      reply.setCookie(SESSION_COOKIE, result.sessionToken, { ...common, httpOnly: true, sameSite: 'lax' });
      reply.setCookie(CSRF_COOKIE, result.csrfToken, { ...common, httpOnly: false, sameSite: 'strict' });
      return result.me;
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: SIGNED_IN }, schema: { tags: ['auth'], summary: '退出 Sign out', response: { 204: z.undefined() } } },
    async (request, reply) => {
      if (request.session) await services.auth.logout(request.session);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: SIGNED_IN }, schema: { tags: ['auth'], summary: '当前用户 Who am I', response: { 200: meSchema } } },
    async (request) => {
      if (!request.session) throw new AppError('FORBIDDEN', '令牌没有个人会话 (tokens have no personal session)');
      return request.session.me;
    },
  );

  app.put(
    '/api/auth/active-membership',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags: ['auth'],
        summary: '切换组织/角色 Switch organisation and role',
        body: switchMembershipSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      if (!request.session) throw new AppError('FORBIDDEN', '令牌不能切换角色 (tokens cannot switch roles)');
      return (await services.auth.switchMembership(request.session, request.body.membershipId)).me;
    },
  );
};
