import type { LifecycleFacts } from '@jiliang/shared';

/** POST /api/institutions/:id/case/events */
export type ApplyStepInput = {
  event: string;
  facts: LifecycleFacts;
  note?: string | undefined;
  expectedVersion?: number | undefined;
  annualReport?: { year: number; summary: string } | undefined;
};
