import type { TraceChainNodeState } from '@jiliang/calc';

export type TraceColor = { fill: string; border: string };

const GOOD: TraceColor = { fill: '#d9f7be', border: '#52c41a' };
const NOTE: TraceColor = { fill: '#fff1b8', border: '#faad14' };
const BAD: TraceColor = { fill: '#ffccc7', border: '#f5222d' };
const PRIMARY: TraceColor = { fill: '#bae0ff', border: '#1677ff' };

/** Green usable, amber usable without a set expiry, blue the national primary, red anything that breaks the chain. */
export const traceStateColor = (state: TraceChainNodeState): TraceColor => {
  if (state === 'valid') return GOOD;
  if (state === 'no_expiry') return NOTE;
  if (state === 'national_primary') return PRIMARY;
  return BAD;
};
