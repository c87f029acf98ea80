import type { Capability } from '@jiliang/shared';

/** POST /api/organisations/:id/capabilities (capabilityInputSchema). */
export type CapabilityInput = {
  kind: Capability['kind'];
  name: string;
  measurand: string;
  rangeText?: string | null;
  uncertaintyText?: string | null;
  method?: string | null;
  standardId?: string | null;
  active?: boolean;
};
