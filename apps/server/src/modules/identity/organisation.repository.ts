import type { Insertable, Kysely } from 'kysely';
import type { Database, OrganisationTable, SiteTable } from '../../store/database.ts';

const ORGANISATION_COLUMNS = [
  'organisations.id',
  'organisations.kind',
  'organisations.name',
  'organisations.nameEn',
  'organisations.creditCode',
  'organisations.divisionCode',
  'organisations.regionCode',
  'organisations.parentId',
  'organisations.industry',
  'organisations.createdAt',
  'institutions.institutionType',
  'institutions.stage',
] as const;

const selectOrganisations = (db: Kysely<Database>) =>
  db.selectFrom('organisations').leftJoin('institutions', 'institutions.organisationId', 'organisations.id');

export type OrganisationFilter = {
  kind?: OrganisationTable['kind'];
  q?: string;
  ids?: readonly string[];
  /** Prefecture scope (CM-5): the bureau itself plus the units seated in its region. */
  region?: { regionCode: string; bureauId: string };
};

export const findOrganisationById = (db: Kysely<Database>, id: string) =>
  selectOrganisations(db).select(ORGANISATION_COLUMNS).where('organisations.id', '=', id).executeTakeFirst();

export const findOrganisationByCreditCode = (db: Kysely<Database>, creditCode: string) =>
  db.selectFrom('organisations').select(['id', 'name']).where('creditCode', '=', creditCode).executeTakeFirst();

export const listOrganisationRows = async (db: Kysely<Database>, filter: OrganisationFilter, offset: number, limit: number) => {
  let query = selectOrganisations(db);
  if (filter.kind) query = query.where('organisations.kind', '=', filter.kind);
  if (filter.ids) {
    if (filter.ids.length === 0) return { rows: [], total: 0 };
    query = query.where('organisations.id', 'in', filter.ids);
  }
  if (filter.region) {
    const { regionCode, bureauId } = filter.region;
    query = query.where((eb) =>
      eb.or([
        eb('organisations.id', '=', bureauId),
        eb.and([eb('organisations.regionCode', '=', regionCode), eb('organisations.kind', 'not in', ['province_bureau', 'local_bureau'])]),
      ]),
    );
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('organisations.name', 'ilike', pattern),
        eb('organisations.nameEn', 'ilike', pattern),
        eb('organisations.creditCode', 'ilike', pattern),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select(ORGANISATION_COLUMNS)
      .orderBy('organisations.kind')
      .orderBy('organisations.divisionCode')
      .orderBy('organisations.name')
      .offset(offset)
      .limit(limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
};

export const insertOrganisation = (db: Kysely<Database>, values: Insertable<OrganisationTable>) =>
  db.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow();

export const insertInstitution = (db: Kysely<Database>, values: Insertable<Database['institutions']>) =>
  db.insertInto('institutions').values(values).execute();

export const listSiteRows = (db: Kysely<Database>, enterpriseId: string) =>
  db
    .selectFrom('sites')
    .select(['id', 'enterpriseId', 'parentId', 'level', 'name', 'nameEn'])
    .where('enterpriseId', '=', enterpriseId)
    .orderBy('createdAt')
    .orderBy('name')
    .execute();

export const findSiteById = (db: Kysely<Database>, id: string) =>
  db.selectFrom('sites').select(['id', 'enterpriseId', 'parentId', 'level', 'name', 'nameEn']).where('id', '=', id).executeTakeFirst();

export const insertSite = (db: Kysely<Database>, values: Insertable<SiteTable>) =>
  db.insertInto('sites').values(values).returning(['id', 'enterpriseId', 'parentId', 'level', 'name', 'nameEn']).executeTakeFirstOrThrow();
