import type { InstrumentListParams } from './InstrumentListParams.ts';

export const INSTRUMENT_QUERY_KEYS = {
  all: ['instruments'] as const,
  list: (params: InstrumentListParams) => ['instruments', 'list', params] as const,
  detail: (id: string) => ['instruments', 'detail', id] as const,
  statusHistory: (id: string) => ['instruments', 'status-history', id] as const,
  certificates: (id: string) => ['instruments', 'certificates', id] as const,
  traceability: (id: string, at: string) => ['instruments', 'traceability', id, at] as const,
  statusAt: (id: string, at: string, reading: number | undefined, unit: string | undefined) =>
    ['instruments', 'status-at', id, at, reading ?? null, unit ?? null] as const,
  due: (months: number) => ['instruments', 'due', months] as const,
  reminders: ['instruments', 'reminders'] as const,
};
