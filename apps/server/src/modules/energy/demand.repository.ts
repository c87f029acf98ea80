import type { Kysely } from 'kysely';
import type { EnergyDatabase } from './energy.tables.ts';

/** Typed SQL for the demand analysis (CM-6(1)): the units an institution serves and their registers. Read-only. */
type Db = Kysely<EnergyDatabase>;

/** Enterprises of the institution's region, and every unit it has reviewed (with the basis of each). */
export const listServedUnits = async (db: Db, institutionId: string, regionCode: string | null) => {
  const [regional, reviewed] = await Promise.all([
    regionCode
      ? db
          .selectFrom('organisations')
          .select(['id', 'name', 'industry'])
          .where('kind', '=', 'enterprise')
          .where('regionCode', '=', regionCode)
          .execute()
      : Promise.resolve([]),
    db
      .selectFrom('energyReviews as r')
      .innerJoin('organisations as o', 'o.id', 'r.enterpriseId')
      .select(['o.id', 'o.name', 'o.industry'])
      .distinct()
      .where('r.reviewerOrganisationId', '=', institutionId)
      .execute(),
  ]);
  return { regional, reviewed };
};

/** Instruments not retired, with the largest relative expanded uncertainty (%) of their latest certificate. */
export const listServedInstruments = (db: Db, ownerIds: readonly string[]) =>
  ownerIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('instruments')
        .select((eb) => [
          'instruments.id',
          'instruments.ownerId',
          'instruments.code',
          'instruments.name',
          'instruments.medium',
          'instruments.gb17167Level',
          'instruments.status',
          'instruments.dueDate',
          'instruments.latestCertificateId',
          'instruments.accuracyClass',
          'instruments.mpeRelative',
          eb
            .selectFrom('certificateResults')
            .select((r) => r.fn.max('certificateResults.expandedUncertainty').as('u'))
            .whereRef('certificateResults.certificateId', '=', 'instruments.latestCertificateId')
            .where('certificateResults.uncertaintyRelative', '=', true)
            .as('certificateUncertaintyPct'),
        ])
        .where('instruments.ownerId', 'in', ownerIds)
        .where('instruments.status', '!=', 'retired')
        .orderBy('instruments.code')
        .execute();

/** Counting points and whether an instrument stands behind each (the latest swap names one). */
export const listServedPoints = (db: Db, enterpriseIds: readonly string[]) =>
  enterpriseIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('points')
        .select((eb) => [
          'points.enterpriseId',
          'points.medium',
          eb
            .selectFrom('pointInstruments')
            .select('pointInstruments.instrumentId')
            .whereRef('pointInstruments.pointId', '=', 'points.id')
            .orderBy('pointInstruments.fromAt', 'desc')
            .limit(1)
            .as('instrumentId'),
        ])
        .where('points.enterpriseId', 'in', enterpriseIds)
        .where('points.registerKind', '!=', 'instantaneous')
        .execute();
