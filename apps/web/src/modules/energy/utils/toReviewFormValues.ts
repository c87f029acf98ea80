import { GB17167_MANAGEMENT_ITEMS, type ParsedEnergyReviewRequest } from '@jiliang/shared';
import type { ReviewFormValues } from './ReviewFormValues.ts';

/**
 * A previous review's request as the form's starting point: the inventory rarely changes between reviews.
 * The dates are left out, so the new review takes today and its own deadline.
 */
export const toReviewFormValues = (request: ParsedEnergyReviewRequest): ReviewFormValues => ({
  edition: request.edition,
  entryExitPoints: request.entryExitPoints.map((p) => ({
    name: p.name,
    medium: p.medium,
    direction: p.direction,
    instrumentCodes: p.instrumentCodes?.join(', '),
  })),
  subUnits: request.subUnits.map((s) => ({
    siteId: s.siteId,
    medium: s.medium,
    value: s.consumption.value,
    unit: s.consumption.unit,
    instrumentCodes: s.instrumentCodes?.join(', '),
  })),
  equipment: request.equipment.map((e) => ({
    id: e.id,
    name: e.name,
    medium: e.medium,
    value: e.rating.value,
    unit: e.rating.unit,
    siteId: e.siteId,
    instrumentCodes: e.instrumentCodes?.join(', '),
  })),
  facts: Object.entries(request.instrumentFacts).map(([code, facts]) => ({ code, ...facts })),
  management: GB17167_MANAGEMENT_ITEMS.filter((item) => request.management[item]),
});
