import { LIFECYCLE_STATE_INFO, LIFECYCLE_STATES, type LifecyclePhase, type LifecycleState } from '@jiliang/calc';

export type PhaseStages = { phase: LifecyclePhase; states: LifecycleState[] };

const PHASES: readonly LifecyclePhase[] = ['application', 'preparation', 'acceptance', 'supervision', 'closed'];

/** The board's columns: the stages of each phase in lifecycle order (LIFECYCLE_STATES). */
export const listPhaseStages = (): PhaseStages[] =>
  PHASES.map((phase) => ({ phase, states: LIFECYCLE_STATES.filter((state) => LIFECYCLE_STATE_INFO[state].phase === phase) }));
