import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthSchema, readinessSchema, type ErrorBody } from '@jiliang/shared';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import { registerAccess } from './http/access-hook.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { PUBLIC } from './http/route-access.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/identity/auth.routes.ts';
import { organisationRoutes } from './modules/identity/organisation.routes.ts';
import { tokenRoutes } from './modules/identity/token.routes.ts';
import { userRoutes } from './modules/identity/user.routes.ts';
import { institutionRoutes } from './modules/institutions/institution.routes.ts';
import { instrumentRoutes } from './modules/instruments/instrument.routes.ts';
import { standardRoutes } from './modules/instruments/standard.routes.ts';
import { readingRoutes } from './modules/readings/readings.routes.ts';
import { dlt645Routes } from './modules/readings/dlt645.routes.ts';
import { carbonRoutes } from './modules/carbon/carbon.routes.ts';
import { energyRoutes } from './modules/energy/energy.routes.ts';
import { qualityRoutes } from './modules/quality/quality.routes.ts';
import { createServices } from './services.ts';
import type { Store } from './store/store.ts';

export type AppOptions = {
  store: Store;
  config: Config;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
};

export const API_VERSION = '0.1.0';
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the app; never listens (fastify/demo habit). main.ts and tests both use it. */
export const buildApp = async ({ store, config, clock, logger }: AppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    // Request ids: honour a sane incoming X-Request-Id, else make one; echoed in every reply.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: true,
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const services = createServices({
    db: store.db,
    clock,
    auth: { sessionHours: config.sessionHours, lockout: config.lockout },
    fontDir: config.fontDir,
  });
  registerErrorHandler(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(fastifyCookie);
  // After the cookie parser (its onRequest hook must run first), before any route.
  registerAccess(app, services);
  await app.register(fastifyRateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `limit ${context.max} per ${context.after}`,
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Jiliang 计量 API',
        version: API_VERSION,
        description: 'Hubei carbon metrology platform. Errors are {code, message, details}.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jl_session' }, bearer: { type: 'http', scheme: 'bearer' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/healthz', { config: { access: PUBLIC }, schema: { tags: ['health'], response: { 200: healthSchema } } }, async () => ({
    status: 'ok' as const,
  }));
  app.get(
    '/readyz',
    { config: { access: PUBLIC }, schema: { tags: ['health'], response: { 200: readinessSchema, 503: readinessSchema } } },
    async (_request, reply) => {
      try {
        const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM schema_migrations`.execute(store.db);
        return { status: 'ready' as const, store: store.kind, migrations: row.rows[0]?.n ?? 0 };
      } catch {
        return reply.status(503).send({ status: 'not_ready', store: store.kind, migrations: 0 });
      }
    },
  );

  await app.register(authRoutes, {
    services,
    secureCookies: config.secureCookies,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
  });
  await app.register(organisationRoutes, { services });
  await app.register(userRoutes, { services });
  await app.register(tokenRoutes, { services });
  await app.register(auditRoutes, { db: store.db });
  await app.register(institutionRoutes, { services });
  await app.register(instrumentRoutes, { services });
  await app.register(standardRoutes, { services });
  await app.register(readingRoutes, { services });
  await app.register(dlt645Routes, { services });
  await app.register(carbonRoutes, { services });
  await app.register(energyRoutes, { services });
  await app.register(qualityRoutes, { services });

  const webDist = config.webDist ?? DEFAULT_WEB_DIST;
  const hasWeb = existsSync(`${webDist}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
    if (isPage && hasWeb) return reply.type('text/html').sendFile('index.html');
    if (isPage) return reply.type('text/plain').send('计量 Jiliang: the web app is not built. Run `npm run build`.');
    const body: ErrorBody = {
      code: 'NOT_FOUND',
      message: `没有这个接口 (no route ${request.method} ${request.url})`,
      requestId: request.id,
    };
    return reply.status(404).send(body);
  });

  return app;
};
