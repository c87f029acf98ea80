import type { LifecycleActor } from '@jiliang/calc';
import type { Permission } from '@jiliang/shared';

/**
 * The permission each actor of the lifecycle table needs (the server's ACTOR_PERMISSION, MEASURES.md §1):
 * the web offers a step as a button only to a role that holds it.
 */
export const ACTOR_PERMISSIONS: Record<LifecycleActor, Permission> = {
  applicant: 'institutions:apply',
  institution: 'institutions:apply',
  local_bureau: 'institutions:review',
  province: 'institutions:decide',
  expert_panel: 'institutions:assess',
  // The clock proposes; the Province may trigger the proposal by hand.
  system: 'institutions:decide',
};
