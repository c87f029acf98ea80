import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '@jiliang/shared';
import { authorize, type Principal } from '@jiliang/calc';
import type { Services } from '../services.ts';
import type { SessionContext } from '../modules/identity/auth.service.ts';
import { isSameSecret } from '../modules/identity/secrets.ts';
import type { RouteAccess, RouteCatalogueEntry } from './route-access.ts';

export const SESSION_COOKIE = 'jl_session';
export const CSRF_COOKIE = 'jl_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    principal: Principal;
    session: SessionContext | null;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    routeCatalogue: RouteCatalogueEntry[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes added by plugins (API docs UI, static web assets) are public; every other route must declare a rule. */
const isPluginPublicRoute = (url: string): boolean => url.startsWith('/api/docs') || !url.startsWith('/api/');

/**
 * Who is asking (session cookie or bearer token), CSRF for cookie sessions, and the one access
 * check: every route's `config.access` goes through `authorize` before its handler runs.
 */
export const registerAccess = (app: FastifyInstance, services: Services): void => {
  app.decorate('routeCatalogue', [] as RouteCatalogueEntry[]);
  app.decorateRequest('principal', null as never);
  app.decorateRequest('session', null);

  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: RouteAccess };
    if (!config.access) {
      if (!isPluginPublicRoute(route.url)) {
        throw new Error(
          `route ${String(route.method)} ${route.url} has no access rule: add config.access (see apps/server/src/http/route-access.ts)`,
        );
      }
      route.config = { ...config, access: { kind: 'public' } };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.routeCatalogue.push({ method, url: route.url, access: (route.config as { access: RouteAccess }).access });
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.principal = { kind: 'anonymous' };
    request.session = null;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.principal = await services.tokens.resolveToken(authorization.slice(7).trim());
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await services.auth.resolveSession(cookie);
    if (!session) return;
    request.session = session;
    request.principal = session.principal;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !isSameSecret(header, session.csrfToken)) {
        throw new AppError(
          'CSRF_FAILED',
          `缺少或错误的 CSRF 令牌：请在 ${CSRF_HEADER} 头中回传 ${CSRF_COOKIE} Cookie 的值 (missing or wrong CSRF token)`,
          { header: CSRF_HEADER },
        );
      }
    }
  });

  app.addHook('preHandler', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access ?? { kind: 'public' };
    if (access.kind === 'public') return;
    if (request.principal.kind === 'anonymous') throw new AppError('AUTH_REQUIRED', '请先登录 (sign in first)');
    if (access.kind === 'signed_in') return;
    const permission = typeof access.permission === 'function' ? access.permission(request) : access.permission;
    const target = access.target ? await access.target(request, services) : undefined;
    const decision = authorize(request.principal, permission, target);
    if (!decision.allowed) {
      if (decision.reason === 'unauthenticated') throw new AppError('AUTH_REQUIRED', decision.message);
      throw new AppError('FORBIDDEN', decision.message, { permission, reason: decision.reason });
    }
  });
};
