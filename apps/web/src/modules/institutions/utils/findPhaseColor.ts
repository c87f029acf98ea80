import type { LifecyclePhase } from '@jiliang/calc';

const PHASE_COLORS: Record<LifecyclePhase, string> = {
  application: 'blue',
  preparation: 'cyan',
  acceptance: 'purple',
  supervision: 'green',
  closed: 'default',
};

/** One colour per phase, so a stage's tag shows at a glance where in the lifecycle it sits. */
export const findPhaseColor = (phase: LifecyclePhase | undefined): string => (phase ? PHASE_COLORS[phase] : 'default');
