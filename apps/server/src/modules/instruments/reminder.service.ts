import type { Kysely } from 'kysely';
import { AppError } from '@jiliang/shared';
import { addDays, toShanghaiDate, type Scope } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { filterForScope } from '../identity/organisation.service.ts';
import { DUE_WINDOW_DAYS } from './instrument.service.ts';

/**
 * Due-date reminders and the calendar feed (issue 4 §7). The hourly sweep writes one reminder per
 * instrument, due date and kind; people acknowledge them on the dashboard. The same due dates are
 * offered as an iCalendar feed (RFC 5545) that Outlook or a phone can subscribe to.
 */
export type ReminderService = ReturnType<typeof createReminderService>;

export const createReminderService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  /** Idempotent: a renewed certificate moves the due date, so old reminders simply stop applying. */
  const sweepReminders = async () => {
    const now = clock.now();
    const today = toShanghaiDate(now);
    const due = await db
      .selectFrom('instruments')
      .select(['id', 'dueDate'])
      .where('status', '!=', 'retired')
      .where('dueDate', '<=', addDays(today, DUE_WINDOW_DAYS))
      .execute();
    const rows = due.map((d) => ({
      instrumentId: d.id,
      dueDate: d.dueDate!,
      kind: d.dueDate! < today ? 'overdue' : 'due_soon',
      createdAt: now,
    }));
    let created = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const result = await db
        .insertInto('instrumentReminders')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      created += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return { today, checked: rows.length, created };
  };

  /** Instruments (not retired) of the owners the scope reaches, joined with their owner. */
  const scopedInstruments = (scope: Scope, ownerId?: string) => {
    const filter = filterForScope(scope);
    let q = db
      .selectFrom('instruments')
      .innerJoin('organisations as owner', 'owner.id', 'instruments.ownerId')
      .where('instruments.status', '!=', 'retired');
    if (filter === 'nothing') q = q.where('instruments.id', 'is', null);
    else {
      if (filter.ids) q = q.where('instruments.ownerId', 'in', filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
      if (filter.region) q = q.where('owner.regionCode', '=', filter.region.regionCode);
    }
    return ownerId ? q.where('instruments.ownerId', '=', ownerId) : q;
  };

  const scoped = (scope: Scope, ownerId?: string) =>
    scopedInstruments(scope, ownerId)
      .innerJoin('instrumentReminders', 'instrumentReminders.instrumentId', 'instruments.id')
      // A reminder applies while its due date is still the instrument's due date.
      .whereRef('instrumentReminders.dueDate', '=', 'instruments.dueDate');

  /** Open reminders (not acknowledged, still applying), overdue first. */
  const listReminders = async (scope: Scope, ownerId?: string) => {
    const rows = await scoped(scope, ownerId)
      .where('instrumentReminders.acknowledgedAt', 'is', null)
      .select([
        'instrumentReminders.instrumentId',
        'instrumentReminders.dueDate',
        'instrumentReminders.kind',
        'instrumentReminders.createdAt',
        'instruments.code',
        'instruments.name',
        'instruments.ownerId',
        'owner.name as ownerName',
      ])
      .orderBy('instrumentReminders.kind', 'desc')
      .orderBy('instrumentReminders.dueDate')
      .limit(500)
      .execute();
    return rows.map((r) => ({ ...r, kind: r.kind as 'overdue' | 'due_soon', createdAt: r.createdAt.toISOString() }));
  };

  const acknowledge = async (actor: AuditActor, input: { instrumentId: string; dueDate: string; kind: 'overdue' | 'due_soon' }) => {
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('instrumentReminders')
        .set({ acknowledgedAt: now, acknowledgedBy: actor.label })
        .where('instrumentId', '=', input.instrumentId)
        .where('dueDate', '=', input.dueDate)
        .where('kind', '=', input.kind)
        .where('acknowledgedAt', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0)
        throw new AppError('NOT_FOUND', '没有待确认的该提醒 (no open reminder of that kind and date)', { entity: 'reminder', ...input });
      await appendAudit(
        trx,
        {
          actor,
          organisationId: null,
          action: 'instrument.reminder.ack',
          entityType: 'instrument',
          entityId: input.instrumentId,
          after: input,
        },
        now,
      );
    });
  };

  /** RFC 5545 feed: one all-day event per due date in the next 12 months (and overdue ones), Asia/Shanghai days. */
  const dueCalendar = async (scope: Scope, ownerId?: string) => {
    const today = toShanghaiDate(clock.now());
    const q = scopedInstruments(scope, ownerId)
      .select(['instruments.id', 'instruments.code', 'instruments.name', 'instruments.dueDate', 'owner.name as ownerName'])
      .where('instruments.dueDate', '<=', addDays(today, 366));
    const rows = await q.orderBy('instruments.dueDate').limit(5000).execute();
    const escape = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
    const stamp = clock.now().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Jiliang//Instrument due dates//ZH',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:计量器具检定到期',
    ];
    for (const r of rows) {
      const day = r.dueDate!.replace(/-/g, '');
      const next = addDays(r.dueDate!, 1).replace(/-/g, '');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${r.id}-${day}@jiliang`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${day}`,
        `DTEND;VALUE=DATE:${next}`,
        `SUMMARY:${escape(`检定/校准到期：${r.name}（${r.code}）`)}`,
        `DESCRIPTION:${escape(`${r.ownerName} 的计量器具 ${r.code} 证书有效期最后一日`)}`,
        'END:VEVENT',
      );
    }
    lines.push('END:VCALENDAR');
    // RFC 5545 3.1: lines end with CRLF (long lines are not folded: clients accept them).
    return lines.join('\r\n') + '\r\n';
  };

  return { sweepReminders, listReminders, acknowledge, dueCalendar };
};
