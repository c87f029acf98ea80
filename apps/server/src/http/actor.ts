import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../modules/audit/audit.service.ts';

/** The audit log's view of who made a request. */
export const actorOf = (request: FastifyRequest): AuditActor => {
  const p = request.principal;
  if (p.kind === 'user') return { userId: p.userId, tokenId: null, label: p.label };
  if (p.kind === 'token') return { userId: null, tokenId: p.tokenId, label: p.label };
  return { userId: null, tokenId: null, label: 'anonymous' };
};
