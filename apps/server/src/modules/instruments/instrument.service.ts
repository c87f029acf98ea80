import type { Kysely } from 'kysely';
import {
  AppError,
  INSTRUMENT_STATUS_LABELS,
  instrumentInputSchema,
  type DueState,
  type Instrument,
  type InstrumentInput,
  type InstrumentStatus,
  type ListInstrumentsQuery,
} from '@jiliang/shared';
import { addDays, countDaysBetween, toShanghaiDate, type AccessTarget, type Scope } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { filterForScope } from '../identity/organisation.service.ts';
import {
  countDueByDay,
  countDueByOwner,
  findInstrumentByCode,
  findInstrumentRow,
  insertInstrument,
  listInstrumentRows,
  listStatusChanges,
  type InstrumentFilter,
  type InstrumentRow,
} from './instrument.repository.ts';

/** Days ahead that count as "due soon" on the dashboard and in reminders (issue 4 §7). */
export const DUE_WINDOW_DAYS = 30;

/** Overdue when today is past the last day the certificate covers; due soon within the window. */
export const dueStateOf = (dueDate: string | null, hasCertificate: boolean, today: string): DueState => {
  if (!hasCertificate) return 'never_certified';
  if (dueDate === null) return 'ok';
  const daysLeft = countDaysBetween(today, dueDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_WINDOW_DAYS ? 'due_soon' : 'ok';
};

const OWNER_KINDS = ['enterprise', 'institution', 'laboratory'];

export type InstrumentService = ReturnType<typeof createInstrumentService>;

export const createInstrumentService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const today = () => toShanghaiDate(clock.now());

  const toInstrument = (row: InstrumentRow, on: string): Instrument => ({
    ...(row as Omit<InstrumentRow, 'statusSince' | 'latestCertificateId'>),
    instrumentType: row.instrumentType as Instrument['instrumentType'],
    medium: row.medium as Instrument['medium'],
    gb17167Level: row.gb17167Level as Instrument['gb17167Level'],
    status: row.status as InstrumentStatus,
    statusSince: row.statusSince.toISOString(),
    latestCertificateNumber: row.latestCertificateNumber ?? null,
    siteName: row.siteName ?? null,
    dueDate: row.dueDate,
    dueState: dueStateOf(row.dueDate, row.latestCertificateId !== null, on),
  });

  const scopeFilter = (scope: Scope): InstrumentFilter | 'nothing' => filterForScope(scope);

  const listInstruments = async (scope: Scope, query: ListInstrumentsQuery) => {
    const filter = scopeFilter(scope);
    if (filter === 'nothing') return { items: [], total: 0 };
    const on = today();
    const due = query.due ? { state: query.due, today: on, windowEnd: addDays(on, DUE_WINDOW_DAYS) } : undefined;
    const { rows, total } = await listInstrumentRows(db, { ...filter, ...query, due }, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map((r) => toInstrument(r, on)), total };
  };

  const getInstrument = async (id: string): Promise<Instrument> => {
    const row = await findInstrumentRow(db, id);
    if (!row) throw new AppError('NOT_FOUND', `计量器具 ${id} 不存在 (instrument not found)`, { entity: 'instrument', id });
    return toInstrument(row, today());
  };

  /** The owner organisation is what access is decided on. */
  const ownerTargetOf = async (instrumentId: string): Promise<AccessTarget> => {
    const row = await db
      .selectFrom('instruments')
      .innerJoin('organisations', 'organisations.id', 'instruments.ownerId')
      .select(['organisations.id', 'organisations.kind', 'organisations.divisionCode'])
      .where('instruments.id', '=', instrumentId)
      .executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', `计量器具 ${instrumentId} 不存在 (instrument not found)`, { entity: 'instrument', id: instrumentId });
    return { organisationId: row.id, kind: row.kind, divisionCode: row.divisionCode };
  };

  const checkPlacement = async (trx: Kysely<Database>, ownerId: string, input: { siteId?: string | null }) => {
    const owner = await trx.selectFrom('organisations').select(['kind', 'name']).where('id', '=', ownerId).executeTakeFirst();
    if (!owner) throw new AppError('NOT_FOUND', `组织 ${ownerId} 不存在 (owner not found)`, { entity: 'organisation', id: ownerId });
    if (!OWNER_KINDS.includes(owner.kind))
      throw new AppError('VALIDATION_FAILED', `${owner.name} 不持有计量器具台账 (bureaus keep no instrument register)`, [
        { field: 'ownerId', rule: 'an enterprise, institution or laboratory', message: owner.kind },
      ]);
    if (input.siteId) {
      const site = await trx.selectFrom('sites').select('enterpriseId').where('id', '=', input.siteId).executeTakeFirst();
      if (!site || site.enterpriseId !== ownerId)
        throw new AppError('VALIDATION_FAILED', '安装位置须为本单位的厂区或用能单元 (siteId must be a site of the owner)', [
          { field: 'siteId', rule: 'a site or sub-unit of the owner (GB 17167-2006 4.2 hierarchy)', message: String(input.siteId) },
        ]);
    }
  };

  const codeTaken = (code: string, ownerName?: string) =>
    new AppError('CONFLICT', `管理编号 ${code} 已在${ownerName ?? '本单位'}台账中 (register code already used)`, [
      { field: 'code', rule: 'unique within the owner register', message: code },
    ]);

  /** Create inside a transaction the caller holds (the Excel import keeps its good rows in one). */
  const insertInTransaction = async (trx: Kysely<Database>, actor: AuditActor, ownerId: string, input: InstrumentInput, audit = true) => {
    const value = instrumentInputSchema.parse(input);
    await checkPlacement(trx, ownerId, value);
    if (await findInstrumentByCode(trx, ownerId, value.code)) throw codeTaken(value.code);
    const now = clock.now();
    const { id } = await insertInstrument(trx, {
      ...value,
      ownerId,
      statusSince: now,
      createdAt: now,
      updatedAt: now,
      latestCertificateId: null,
      dueDate: null,
    });
    await trx
      .insertInto('instrumentStatusChanges')
      .values({
        instrumentId: id,
        fromStatus: null,
        toStatus: value.status,
        reason: '登记入账 (registered)',
        actorLabel: actor.label,
        at: now,
      })
      .execute();
    if (audit)
      await appendAudit(
        trx,
        { actor, organisationId: ownerId, action: 'instrument.create', entityType: 'instrument', entityId: id, after: value },
        now,
      );
    return id;
  };

  const createInstrument = async (actor: AuditActor, ownerId: string, input: InstrumentInput) => {
    const id = await db.transaction().execute((trx) => insertInTransaction(trx, actor, ownerId, input));
    return getInstrument(id);
  };

  /** Optimistic: the caller sends the version it read; a stale edit is refused, never merged silently. */
  const updateInTransaction = async (trx: Kysely<Database>, actor: AuditActor, id: string, input: InstrumentInput, version?: number) => {
    const before = await trx.selectFrom('instruments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', `计量器具 ${id} 不存在 (instrument not found)`, { entity: 'instrument', id });
    if (version !== undefined && version !== before.version)
      throw new AppError('CONFLICT', `台账已被他人修改（版本 ${before.version}），请刷新后重试 (stale version ${version})`, [
        { field: 'version', rule: 'the version you read', message: String(before.version) },
      ]);
    const value = instrumentInputSchema.parse(input);
    await checkPlacement(trx, before.ownerId, value);
    if (value.code !== before.code && (await findInstrumentByCode(trx, before.ownerId, value.code))) throw codeTaken(value.code);
    const now = clock.now();
    const statusChanged = value.status !== before.status;
    await trx
      .updateTable('instruments')
      .set({ ...value, version: before.version + 1, updatedAt: now, ...(statusChanged ? { statusSince: now } : {}) })
      .where('id', '=', id)
      .execute();
    if (statusChanged)
      await trx
        .insertInto('instrumentStatusChanges')
        .values({
          instrumentId: id,
          fromStatus: before.status,
          toStatus: value.status,
          reason: '台账修改 (register edit)',
          actorLabel: actor.label,
          at: now,
        })
        .execute();
    await appendAudit(
      trx,
      { actor, organisationId: before.ownerId, action: 'instrument.update', entityType: 'instrument', entityId: id, before, after: value },
      now,
    );
  };

  const updateInstrument = async (actor: AuditActor, id: string, input: InstrumentInput, version?: number) => {
    await db.transaction().execute((trx) => updateInTransaction(trx, actor, id, input, version));
    return getInstrument(id);
  };

  /** A status change with its reason; retiring keeps the instrument and its history (nothing is deleted). */
  const changeStatus = async (actor: AuditActor, ids: readonly string[], change: { status: InstrumentStatus; reason: string }) => {
    const now = clock.now();
    const changed = await db.transaction().execute(async (trx) => {
      const rows = await trx.selectFrom('instruments').select(['id', 'ownerId', 'status']).where('id', 'in', ids).forUpdate().execute();
      const missing = ids.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length)
        throw new AppError('NOT_FOUND', `计量器具不存在：${missing.join(', ')} (instruments not found)`, {
          entity: 'instrument',
          ids: missing,
        });
      const toChange = rows.filter((r) => r.status !== change.status);
      for (const row of toChange) {
        await trx
          .updateTable('instruments')
          .set((eb) => ({ status: change.status, statusSince: now, updatedAt: now, version: eb('version', '+', 1) }))
          .where('id', '=', row.id)
          .execute();
        await trx
          .insertInto('instrumentStatusChanges')
          .values({
            instrumentId: row.id,
            fromStatus: row.status,
            toStatus: change.status,
            reason: change.reason,
            actorLabel: actor.label,
            at: now,
          })
          .execute();
      }
      if (toChange.length)
        await appendAudit(
          trx,
          {
            actor,
            organisationId: toChange.length === 1 ? toChange[0]!.ownerId : null,
            action: 'instrument.status',
            entityType: 'instrument',
            entityId: toChange.length === 1 ? toChange[0]!.id : null,
            after: { ids: toChange.map((r) => r.id), status: change.status, reason: change.reason },
          },
          now,
        );
      return toChange.length;
    });
    return { changed, unchanged: ids.length - changed, status: change.status, label: INSTRUMENT_STATUS_LABELS[change.status] };
  };

  const statusHistory = async (id: string) =>
    (await listStatusChanges(db, id)).map((r) => ({
      fromStatus: r.fromStatus as InstrumentStatus | null,
      toStatus: r.toStatus as InstrumentStatus,
      reason: r.reason,
      actorLabel: r.actorLabel,
      at: r.at.toISOString(),
    }));

  /** The due-date dashboard: per owner counts, and the calendar of due dates over the coming months. */
  const dueOverview = async (scope: Scope, options: { ownerId?: string; months?: number } = {}) => {
    const filter = scopeFilter(scope);
    const on = today();
    const windowEnd = addDays(on, DUE_WINDOW_DAYS);
    if (filter === 'nothing') return { today: on, windowEnd, owners: [], calendar: [] };
    const f = { ...filter, ownerId: options.ownerId };
    const calendarEnd = addDays(on, 31 * (options.months ?? 3));
    const [owners, days] = await Promise.all([countDueByOwner(db, f, on, windowEnd), countDueByDay(db, f, addDays(on, -31), calendarEnd)]);
    return {
      today: on,
      windowEnd,
      owners: owners.map((o) => ({
        ownerId: o.ownerId,
        ownerName: o.ownerName,
        ownerKind: o.ownerKind,
        total: Number(o.total),
        overdue: Number(o.overdue),
        dueSoon: Number(o.dueSoon),
        neverCertified: Number(o.neverCertified),
      })),
      calendar: days.map((d) => ({ date: d.dueDate as string, count: Number(d.n) })),
    };
  };

  return {
    listInstruments,
    getInstrument,
    ownerTargetOf,
    createInstrument,
    insertInTransaction,
    updateInstrument,
    updateInTransaction,
    changeStatus,
    statusHistory,
    dueOverview,
    today,
  };
};
