import type { ExpressionBuilder, Insertable, Kysely, SelectQueryBuilder } from 'kysely';
import type { Database, InstrumentTable } from '../../store/database.ts';
import type { OrganisationFilter } from '../identity/organisation.repository.ts';

/** Typed SQL for the register; no rules here (ARCHITECTURE rule 3). */
export type InstrumentFilter = OrganisationFilter & {
  ownerId?: string;
  q?: string;
  instrumentType?: string;
  medium?: string;
  status?: string;
  gb17167Level?: string;
  siteId?: string;
  /** Due state relative to `today` (Asia/Shanghai): overdue = due date passed; due_soon = within the window. */
  due?: { state: 'overdue' | 'due_soon' | 'never_certified'; today: string; windowEnd: string };
};

const INSTRUMENT_COLUMNS = [
  'instruments.id',
  'instruments.ownerId',
  'owner.name as ownerName',
  'instruments.code',
  'instruments.name',
  'instruments.instrumentType',
  'instruments.medium',
  'instruments.maker',
  'instruments.model',
  'instruments.serialNumber',
  'instruments.accuracyClass',
  'instruments.mpeRelative',
  'instruments.rangeMin',
  'instruments.rangeMax',
  'instruments.rangeUnit',
  'instruments.ctRatio',
  'instruments.ptRatio',
  'instruments.siteId',
  'sites.name as siteName',
  'instruments.equipment',
  'instruments.location',
  'instruments.gb17167Level',
  'instruments.mandatoryVerification',
  'instruments.intervalMonths',
  'instruments.status',
  'instruments.statusSince',
  'instruments.version',
  'instruments.latestCertificateId',
  'certificates.number as latestCertificateNumber',
  'instruments.dueDate',
] as const;

type From = SelectQueryBuilder<Database & { owner: Database['organisations'] }, 'instruments' | 'owner' | 'sites' | 'certificates', object>;

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('instruments')
    .innerJoin('organisations as owner', 'owner.id', 'instruments.ownerId')
    .leftJoin('sites', 'sites.id', 'instruments.siteId')
    .leftJoin('certificates', 'certificates.id', 'instruments.latestCertificateId') as unknown as From;

const applyFilter = (query: From, filter: InstrumentFilter): From => {
  let q = query;
  if (filter.ids) q = q.where('instruments.ownerId', 'in', filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
  if (filter.region) {
    const { regionCode } = filter.region;
    q = q.where('owner.regionCode', '=', regionCode);
  }
  if (filter.ownerId) q = q.where('instruments.ownerId', '=', filter.ownerId);
  if (filter.instrumentType) q = q.where('instruments.instrumentType', '=', filter.instrumentType);
  if (filter.medium) q = q.where('instruments.medium', '=', filter.medium);
  if (filter.status) q = q.where('instruments.status', '=', filter.status);
  if (filter.gb17167Level) q = q.where('instruments.gb17167Level', '=', filter.gb17167Level);
  if (filter.siteId) q = q.where('instruments.siteId', '=', filter.siteId);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    q = q.where((eb: ExpressionBuilder<Database & { owner: Database['organisations'] }, 'instruments' | 'owner'>) =>
      eb.or([
        eb('instruments.code', 'ilike', pattern),
        eb('instruments.name', 'ilike', pattern),
        eb('instruments.serialNumber', 'ilike', pattern),
        eb('instruments.model', 'ilike', pattern),
        eb('instruments.location', 'ilike', pattern),
      ]),
    );
  }
  if (filter.due) {
    // Retired instruments are never due (GB 17167-2006 5.3.x: the register keeps them, the schedule does not).
    q = q.where('instruments.status', '!=', 'retired');
    const { state, today, windowEnd } = filter.due;
    if (state === 'never_certified') q = q.where('instruments.latestCertificateId', 'is', null);
    if (state === 'overdue') q = q.where('instruments.dueDate', '<', today);
    if (state === 'due_soon') q = q.where('instruments.dueDate', '>=', today).where('instruments.dueDate', '<=', windowEnd);
  }
  return q;
};

export const listInstrumentRows = async (db: Kysely<Database>, filter: InstrumentFilter, offset: number, limit: number) => {
  const query = applyFilter(baseQuery(db), filter);
  const [rows, count] = await Promise.all([
    query
      .select(INSTRUMENT_COLUMNS)
      .orderBy(filter.due ? 'instruments.dueDate' : 'instruments.code')
      .orderBy('instruments.code')
      .offset(offset)
      .limit(limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
};

export const findInstrumentRow = (db: Kysely<Database>, id: string) =>
  baseQuery(db).select(INSTRUMENT_COLUMNS).where('instruments.id', '=', id).executeTakeFirst();

export type InstrumentRow = NonNullable<Awaited<ReturnType<typeof findInstrumentRow>>>;

export const findInstrumentByCode = (db: Kysely<Database>, ownerId: string, code: string) =>
  db.selectFrom('instruments').selectAll().where('ownerId', '=', ownerId).where('code', '=', code).executeTakeFirst();

export const insertInstrument = (db: Kysely<Database>, values: Insertable<InstrumentTable>) =>
  db.insertInto('instruments').values(values).returning('id').executeTakeFirstOrThrow();

export const listStatusChanges = (db: Kysely<Database>, instrumentId: string) =>
  db.selectFrom('instrumentStatusChanges').selectAll().where('instrumentId', '=', instrumentId).orderBy('at').orderBy('id').execute();

/** Counts per owner for the due dashboard: overdue, due within the window, never certified, in the register. */
export const countDueByOwner = async (db: Kysely<Database>, filter: InstrumentFilter, today: string, windowEnd: string) =>
  applyFilter(baseQuery(db), filter)
    .where('instruments.status', '!=', 'retired')
    .select((eb) => [
      'instruments.ownerId',
      'owner.name as ownerName',
      'owner.kind as ownerKind',
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('instruments.id').filterWhere('instruments.dueDate', '<', today).as('overdue'),
      eb.fn
        .count<number>('instruments.id')
        .filterWhere((w) => w.and([w('instruments.dueDate', '>=', today), w('instruments.dueDate', '<=', windowEnd)]))
        .as('dueSoon'),
      eb.fn.count<number>('instruments.id').filterWhere('instruments.latestCertificateId', 'is', null).as('neverCertified'),
    ])
    .groupBy(['instruments.ownerId', 'owner.name', 'owner.kind'])
    .orderBy('owner.name')
    .execute();

/** Due dates between two days (the calendar), per day. */
export const countDueByDay = (db: Kysely<Database>, filter: InstrumentFilter, from: string, to: string) =>
  applyFilter(baseQuery(db), filter)
    .where('instruments.status', '!=', 'retired')
    .where('instruments.dueDate', '>=', from)
    .where('instruments.dueDate', '<=', to)
    .select((eb) => ['instruments.dueDate', eb.fn.countAll<number>().as('n')])
    .groupBy('instruments.dueDate')
    .orderBy('instruments.dueDate')
    .execute();
