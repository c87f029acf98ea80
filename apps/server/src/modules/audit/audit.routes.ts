import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { auditEntrySchema, auditVerificationSchema, pageOf, pageQuerySchema } from '@jiliang/shared';
import { scopeOf } from '@jiliang/calc';
import { needs } from '../../http/route-access.ts';
import type { Database } from '../../store/database.ts';
import { listAudit, verifyAuditChain } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    '/api/audit',
    {
      config: { access: needs('audit:read') },
      schema: {
        tags: ['audit'],
        summary: '审计日志 Audit entries in scope, newest first',
        querystring: pageQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (request) => listAudit(db, scopeOf(request.principal), request.query.page, request.query.pageSize),
  );

  app.get(
    '/api/audit/verify',
    {
      config: { access: needs('audit:verify') },
      schema: {
        tags: ['audit'],
        summary: '校验哈希链 Walk the hash chain and name the first broken entry',
        response: { 200: auditVerificationSchema },
      },
    },
    async () => verifyAuditChain(db),
  );
};
