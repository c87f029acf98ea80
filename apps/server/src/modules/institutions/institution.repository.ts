import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database, InstitutionCaseTable, InstitutionEventTable } from '../../store/database.ts';

/** Dumb repository for the lifecycle tables: typed SQL, no rules. */
export const findCaseByOrganisation = (db: Kysely<Database>, organisationId: string) =>
  db
    .selectFrom('institutionCases')
    .innerJoin('organisations', 'organisations.id', 'institutionCases.organisationId')
    .selectAll('institutionCases')
    .select(['organisations.name as organisationName', 'organisations.divisionCode'])
    .where('institutionCases.organisationId', '=', organisationId)
    .executeTakeFirst();

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCaseByOrganisation>>>;

/** The case row locked for the rest of the transaction: two steps on one case never interleave. */
export const lockCase = async (db: Kysely<Database>, caseId: string): Promise<void> => {
  await sql`SELECT id FROM institution_cases WHERE id = ${caseId} FOR UPDATE`.execute(db);
};

export const insertCase = (db: Kysely<Database>, values: Insertable<InstitutionCaseTable>) =>
  db.insertInto('institutionCases').values(values).returning('id').executeTakeFirstOrThrow();

export const updateCase = (db: Kysely<Database>, id: string, values: Updateable<InstitutionCaseTable>) =>
  db.updateTable('institutionCases').set(values).where('id', '=', id).execute();

export const listCoBuilderIds = async (db: Kysely<Database>, caseId: string): Promise<string[]> =>
  (await db.selectFrom('institutionCoBuilders').select('organisationId').where('caseId', '=', caseId).execute()).map(
    (r) => r.organisationId,
  );

export const insertCoBuilders = async (db: Kysely<Database>, caseId: string, organisationIds: readonly string[]) => {
  if (organisationIds.length > 0)
    await db
      .insertInto('institutionCoBuilders')
      .values(organisationIds.map((organisationId) => ({ caseId, organisationId })))
      .execute();
};

export const listCaseEvents = (db: Kysely<Database>, caseId: string) =>
  db.selectFrom('institutionEvents').selectAll().where('caseId', '=', caseId).orderBy('seq').execute();

export const insertCaseEvent = async (db: Kysely<Database>, values: Omit<Insertable<InstitutionEventTable>, 'seq'>) => {
  const last = await db
    .selectFrom('institutionEvents')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('caseId', '=', values.caseId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('institutionEvents')
    .values({ ...values, seq })
    .execute();
  return seq;
};

export const listAnnualReports = (db: Kysely<Database>, caseId: string) =>
  db.selectFrom('annualReports').select(['year', 'submittedAt']).where('caseId', '=', caseId).orderBy('year').execute();

export const insertAnnualReport = (db: Kysely<Database>, values: { caseId: string; year: number; submittedAt: Date; summary: string }) =>
  db.insertInto('annualReports').values(values).execute();

export const listCaseRows = (db: Kysely<Database>) =>
  db
    .selectFrom('institutionCases')
    .innerJoin('organisations', 'organisations.id', 'institutionCases.organisationId')
    .selectAll('institutionCases')
    .select(['organisations.name as organisationName', 'organisations.divisionCode', 'organisations.regionCode'])
    .orderBy('organisations.name')
    .execute();

export const insertPanel = (
  db: Kysely<Database>,
  values: { caseId: string; purpose: Database['expertPanels']['purpose']; leaderUserId: string; createdAt: Date },
) => db.insertInto('expertPanels').values(values).returning(['id', 'caseId', 'purpose', 'leaderUserId']).executeTakeFirstOrThrow();

export const insertPanelMembers = (db: Kysely<Database>, panelId: string, userIds: readonly string[]) =>
  db
    .insertInto('panelMembers')
    .values(userIds.map((userId) => ({ panelId, userId })))
    .execute();

export const findLatestPanel = (db: Kysely<Database>, caseId: string, purposes: readonly Database['expertPanels']['purpose'][]) =>
  db
    .selectFrom('expertPanels')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('purpose', 'in', purposes)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Organisations whose cases have a panel this user sits on (expert scope, CM-10). */
export const listPanelOrganisationIds = async (db: Kysely<Database>, userId: string): Promise<string[]> =>
  (
    await db
      .selectFrom('panelMembers')
      .innerJoin('expertPanels', 'expertPanels.id', 'panelMembers.panelId')
      .innerJoin('institutionCases', 'institutionCases.id', 'expertPanels.caseId')
      .select('institutionCases.organisationId')
      .where('panelMembers.userId', '=', userId)
      .distinct()
      .execute()
  ).map((r) => r.organisationId);
