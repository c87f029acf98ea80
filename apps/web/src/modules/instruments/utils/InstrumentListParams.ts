import type { DueState, Gb17167Level, InstrumentStatus, InstrumentType, Medium } from '@jiliang/shared';

/** The register's filters as GET /api/instruments takes them (listInstrumentsQuerySchema). */
export type InstrumentListParams = {
  ownerId?: string | undefined;
  q?: string | undefined;
  instrumentType?: InstrumentType | undefined;
  medium?: Medium | undefined;
  status?: InstrumentStatus | undefined;
  gb17167Level?: Gb17167Level | undefined;
  due?: Exclude<DueState, 'ok'> | undefined;
  page: number;
  pageSize: number;
};
