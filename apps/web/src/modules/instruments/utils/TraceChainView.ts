import type { TraceChainNode, TraceChainResult } from '@jiliang/calc';
import type { StandardLevel } from './StandardLevel.ts';

/** A chain node as GET /api/instruments/:id/traceability sends it: the calc node plus its owner, level and code. */
export type TraceChainViewNode = TraceChainNode & { ownerName: string | null; level: StandardLevel | null; code: string | null };

/** GET /api/instruments/:id/traceability (traceability.service.ts: evaluateTraceabilityChain, JJF 1001-2011). */
export type TraceChainView = Omit<TraceChainResult, 'nodes'> & { nodes: TraceChainViewNode[] };
