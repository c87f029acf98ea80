import { GB17167_LEVELS, INSTRUMENT_STATUSES, INSTRUMENT_TYPES, MEDIA } from '@jiliang/shared';
import type { InstrumentListParams } from './InstrumentListParams.ts';

const DUE_FILTERS = ['overdue', 'due_soon', 'never_certified'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pickOne = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.find((candidate) => candidate === value);

export type InstrumentFilters = Omit<InstrumentListParams, 'page' | 'pageSize'>;

/**
 * The register's filters from the URL. A value the API would refuse (a hand-edited link) is dropped
 * rather than sent, so the page shows the list instead of a validation error.
 */
export const readInstrumentFilters = (readParam: (name: string) => string | undefined): InstrumentFilters => {
  const ownerId = readParam('ownerId');
  const q = readParam('q')?.trim();
  return {
    ownerId: ownerId && UUID.test(ownerId) ? ownerId : undefined,
    q: q ? q.slice(0, 100) : undefined,
    instrumentType: pickOne(INSTRUMENT_TYPES, readParam('instrumentType')),
    medium: pickOne(MEDIA, readParam('medium')),
    status: pickOne(INSTRUMENT_STATUSES, readParam('status')),
    gb17167Level: pickOne(GB17167_LEVELS, readParam('gb17167Level')),
    due: pickOne(DUE_FILTERS, readParam('due')),
  };
};
