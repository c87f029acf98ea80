import type { DueOverview } from './DueOverview.ts';

export type DueTotals = { total: number; overdue: number; dueSoon: number; neverCertified: number };

/** The dashboard's headline: the per-owner counts added up. */
export const sumDueOwners = (owners: DueOverview['owners']): DueTotals =>
  owners.reduce(
    (sum, owner) => ({
      total: sum.total + owner.total,
      overdue: sum.overdue + owner.overdue,
      dueSoon: sum.dueSoon + owner.dueSoon,
      neverCertified: sum.neverCertified + owner.neverCertified,
    }),
    { total: 0, overdue: 0, dueSoon: 0, neverCertified: 0 },
  );
