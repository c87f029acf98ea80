import { LIFECYCLE_STATE_INFO, LIFECYCLE_STATES, type LifecycleState, type LifecycleStateInfo } from '@jiliang/calc';

/** The label and phase of a state the server sent; undefined for a state this web build does not know. */
export const findStateInfo = (state: string): (LifecycleStateInfo & { state: LifecycleState }) | undefined => {
  const known = LIFECYCLE_STATES.find((candidate) => candidate === state);
  return known ? { ...LIFECYCLE_STATE_INFO[known], state: known } : undefined;
};
