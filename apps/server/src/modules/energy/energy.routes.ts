import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../../services.ts';
import { energyServiceRoutes } from './energy-services.routes.ts';
import { energyReviewRoutes } from './review.routes.ts';

/** Every route of the energy module (issue 8), registered by app.ts in one line. */
export const energyRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  await app.register(energyReviewRoutes, { services });
  await app.register(energyServiceRoutes, { services });
};
