import type { Insertable, Kysely } from 'kysely';
import type { EnergyDatabase, EnergyTables } from './energy.tables.ts';
import type { RegisterInstrument, RegisterSite } from './review-input.ts';

/** Typed SQL for reviews, findings and rectification; no rules here (ARCHITECTURE rule 3). */
type Db = Kysely<EnergyDatabase>;

export const findOrganisationRow = (db: Db, id: string) =>
  db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'creditCode', 'divisionCode', 'regionCode', 'industry'])
    .where('id', '=', id)
    .executeTakeFirst();

/** The whole register of one owner, retired instruments included (the review lists them). */
export const listRegisterInstruments = async (db: Db, ownerId: string): Promise<RegisterInstrument[]> =>
  (
    await db
      .selectFrom('instruments')
      .select([
        'id',
        'code',
        'name',
        'instrumentType',
        'medium',
        'gb17167Level',
        'accuracyClass',
        'mpeRelative',
        'status',
        'dueDate',
        'latestCertificateId',
        'siteId',
        'equipment',
      ])
      .where('ownerId', '=', ownerId)
      .orderBy('code')
      .execute()
  ).map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    instrumentType: r.instrumentType as RegisterInstrument['instrumentType'],
    medium: r.medium as RegisterInstrument['medium'],
    gb17167Level: r.gb17167Level as RegisterInstrument['gb17167Level'],
    accuracyClass: r.accuracyClass,
    mpeRelative: r.mpeRelative,
    status: r.status as RegisterInstrument['status'],
    dueDate: r.dueDate,
    hasCertificate: r.latestCertificateId !== null,
    siteId: r.siteId,
    equipment: r.equipment,
  }));

export const listRegisterSites = async (db: Db, enterpriseId: string): Promise<RegisterSite[]> =>
  db.selectFrom('sites').select(['id', 'name', 'level']).where('enterpriseId', '=', enterpriseId).orderBy('name').execute();

/** The next report number of the unit in the review's year. */
export const findNextSerial = async (db: Db, enterpriseId: string, year: number): Promise<number> => {
  const row = await db
    .selectFrom('energyReviews')
    .select((eb) => eb.fn.max('serial').as('n'))
    .where('enterpriseId', '=', enterpriseId)
    .where('reviewDate', '>=', `${year}-01-01`)
    .where('reviewDate', '<=', `${year}-12-31`)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
};

export const insertReview = (db: Db, values: Insertable<EnergyTables['energyReviews']>) =>
  db.insertInto('energyReviews').values(values).returning('id').executeTakeFirstOrThrow();

export const insertFinding = (db: Db, values: Insertable<EnergyTables['energyReviewFindings']>) =>
  db.insertInto('energyReviewFindings').values(values).returning('id').executeTakeFirstOrThrow();

export const insertItem = (db: Db, values: Insertable<EnergyTables['energyRectificationItems']>) =>
  db.insertInto('energyRectificationItems').values(values).returning('id').executeTakeFirstOrThrow();

export const insertEvent = (db: Db, values: Insertable<EnergyTables['energyRectificationEvents']>) =>
  db.insertInto('energyRectificationEvents').values(values).execute();

const summaryQuery = (db: Db) =>
  db
    .selectFrom('energyReviews as r')
    .innerJoin('organisations as e', 'e.id', 'r.enterpriseId')
    .leftJoin('organisations as reviewer', 'reviewer.id', 'r.reviewerOrganisationId')
    .select((eb) => [
      'r.id',
      'r.enterpriseId',
      'e.name as enterpriseName',
      'reviewer.name as reviewerName',
      'r.reviewerOrganisationId',
      'r.reviewDate',
      'r.serial',
      'r.editionRequested',
      'r.editionApplied',
      'r.score',
      'r.verdict',
      'r.actorLabel',
      'r.createdAt',
      eb
        .selectFrom('energyReviewFindings as f')
        .select((f) => f.fn.countAll<number>().as('n'))
        .whereRef('f.reviewId', '=', 'r.id')
        .where('f.verdict', '=', 'fail')
        .as('failedFindings'),
      eb
        .selectFrom('energyRectificationItems as i')
        .select((i) => i.fn.countAll<number>().as('n'))
        .whereRef('i.reviewId', '=', 'r.id')
        .where('i.status', '!=', 'closed')
        .as('openItems'),
    ]);

export const listReviewRows = async (db: Db, enterpriseId: string, offset: number, limit: number) => {
  const [rows, count] = await Promise.all([
    summaryQuery(db)
      .where('r.enterpriseId', '=', enterpriseId)
      .orderBy('r.reviewDate', 'desc')
      .orderBy('r.serial', 'desc')
      .offset(offset)
      .limit(limit)
      .execute(),
    db
      .selectFrom('energyReviews')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('enterpriseId', '=', enterpriseId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
};

export const findReviewRow = (db: Db, id: string) =>
  summaryQuery(db).select(['r.snapshot', 'r.result']).where('r.id', '=', id).executeTakeFirst();
export type ReviewRow = NonNullable<Awaited<ReturnType<typeof findReviewRow>>>;

export const listFindingRows = (db: Db, reviewId: string) =>
  db.selectFrom('energyReviewFindings').selectAll().where('reviewId', '=', reviewId).orderBy('seq').execute();

export const listItemRows = (db: Db, reviewId: string) =>
  db.selectFrom('energyRectificationItems').selectAll().where('reviewId', '=', reviewId).orderBy('seq').execute();

export const listEventRows = (db: Db, itemIds: readonly string[]) =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('energyRectificationEvents').selectAll().where('itemId', 'in', itemIds).orderBy('itemId').orderBy('seq').execute();

export const findItemRowForUpdate = (db: Db, id: string) =>
  db.selectFrom('energyRectificationItems').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/** The latest review of each of these units (demand analysis). */
export const listLatestReviews = (db: Db, enterpriseIds: readonly string[]) =>
  enterpriseIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('energyReviews')
        .select(['id', 'enterpriseId', 'reviewDate', 'score', 'verdict', 'result'])
        .where('enterpriseId', 'in', enterpriseIds)
        .orderBy('enterpriseId')
        .orderBy('reviewDate', 'desc')
        .orderBy('serial', 'desc')
        .execute();
