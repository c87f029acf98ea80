import type { InstrumentStatusAtTime } from '@jiliang/calc';
import type { InstrumentStatus } from '@jiliang/shared';

/** GET /api/instruments/:id/status-at: status at time t (issue 4 §6, JJF 1059.1-2012 4.3.3 for the reading). */
export type StatusAtView = InstrumentStatusAtTime & { instrumentId: string; instrumentStatus: InstrumentStatus };
