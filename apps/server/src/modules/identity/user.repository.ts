import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, MembershipTable, UserTable } from '../../store/database.ts';

export const findUserByUsername = (db: Kysely<Database>, username: string) =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();

export const findUserById = (db: Kysely<Database>, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const insertUser = (db: Kysely<Database>, values: Insertable<UserTable>) =>
  db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();

export const updateUser = (db: Kysely<Database>, id: string, values: Updateable<UserTable>) =>
  db.updateTable('users').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const insertMembership = (db: Kysely<Database>, values: Insertable<MembershipTable>) =>
  db
    .insertInto('memberships')
    .values(values)
    .onConflict((oc) => oc.columns(['userId', 'organisationId', 'role']).doNothing())
    .execute();

/** Memberships with the organisation fields the UI and the access rules need. */
export const listMembershipsOfUsers = (db: Kysely<Database>, userIds: readonly string[]) =>
  userIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('memberships')
        .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
        .select([
          'memberships.id',
          'memberships.userId',
          'memberships.role',
          'memberships.organisationId',
          'organisations.kind',
          'organisations.name',
          'organisations.nameEn',
          'organisations.divisionCode',
          'organisations.regionCode',
        ])
        .where('memberships.userId', 'in', userIds)
        .orderBy('memberships.createdAt')
        .orderBy('memberships.id')
        .execute();

export type UserListFilter = { organisationIds?: readonly string[]; regionCode?: string; organisationId?: string };

export const listUserRows = async (db: Kysely<Database>, filter: UserListFilter, offset: number, limit: number) => {
  let query = db.selectFrom('users');
  const { organisationIds, regionCode, organisationId } = filter;
  if (organisationIds) {
    if (organisationIds.length === 0) return { rows: [], total: 0 };
    query = query.where('users.id', 'in', (qb) =>
      qb.selectFrom('memberships').select('userId').where('organisationId', 'in', organisationIds),
    );
  }
  if (regionCode) {
    query = query.where('users.id', 'in', (qb) =>
      qb
        .selectFrom('memberships')
        .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
        .select('memberships.userId')
        .where('organisations.regionCode', '=', regionCode),
    );
  }
  if (organisationId) {
    query = query.where('users.id', 'in', (qb) =>
      qb.selectFrom('memberships').select('userId').where('organisationId', '=', organisationId),
    );
  }
  const [rows, count] = await Promise.all([
    query.selectAll('users').orderBy('users.username').offset(offset).limit(limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
};
