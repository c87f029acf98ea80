import type { FastifyRequest } from 'fastify';
import type { Permission } from '@jiliang/shared';
import type { AccessTarget } from '@jiliang/calc';
import type { Services } from '../services.ts';

/**
 * Every route declares its access rule in `config.access`; `access-hook.ts` enforces it through
 * `authorize` (packages/calc). A route without a rule fails at registration.
 */
export type TargetResolver = (request: FastifyRequest, services: Services) => Promise<AccessTarget | readonly AccessTarget[] | undefined>;

export type RouteAccess =
  | { kind: 'public' }
  /** Any signed-in person or token: their own session, their own profile. */
  | { kind: 'signed_in' }
  /** `permission` may depend on the request (a lifecycle step needs its actor's permission). */
  | { kind: 'permission'; permission: Permission | ((request: FastifyRequest) => Permission); target?: TargetResolver };

export const PUBLIC: RouteAccess = { kind: 'public' };
export const SIGNED_IN: RouteAccess = { kind: 'signed_in' };
export const needs = (permission: Permission | ((request: FastifyRequest) => Permission), target?: TargetResolver): RouteAccess => ({
  kind: 'permission',
  permission,
  target,
});

/** Target: the organisation named by a route parameter. */
export const organisationParam =
  (name = 'id'): TargetResolver =>
  (request, services) =>
    services.organisations.getAccessTarget((request.params as Record<string, string>)[name] ?? '');

/** Target: the organisation named in the JSON body (creating something inside it). */
export const organisationInBody =
  (field = 'organisationId'): TargetResolver =>
  (request, services) =>
    services.organisations.getAccessTarget(String((request.body as Record<string, unknown>)[field] ?? ''));

/** Target: the organisation given as a query filter, when one is given. */
export const organisationInQuery =
  (field = 'organisationId'): TargetResolver =>
  async (request, services) => {
    const id = (request.query as Record<string, unknown>)[field];
    return typeof id === 'string' && id ? services.organisations.getAccessTarget(id) : undefined;
  };

export type RouteCatalogueEntry = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
