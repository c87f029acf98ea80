import type { Kysely } from 'kysely';
import { AppError } from '@jiliang/shared';
import type { CalendarDate } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { findCaseByOrganisation } from './institution.repository.ts';

/**
 * The preparation task book's items (CM-10 / BM-11: tasks, indicators, milestones), written when
 * preparation is approved and tracked by the institution during preparation (CM-11 / BM-12).
 */
export type TaskBookItemInput = { kind: 'task' | 'indicator' | 'milestone'; title: string; target?: string; dueOn?: CalendarDate };

export const createTaskBookService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const writeItems = async (trx: Kysely<Database>, caseId: string, items: readonly TaskBookItemInput[], at: Date) => {
    if (items.length === 0) return;
    await trx
      .insertInto('taskBookItems')
      .values(items.map((i) => ({ caseId, kind: i.kind, title: i.title, target: i.target ?? null, dueOn: i.dueOn ?? null, updatedAt: at })))
      .execute();
  };

  const listItems = async (organisationId: string) => {
    const row = await findCaseByOrganisation(db, organisationId);
    if (!row)
      throw new AppError('NOT_FOUND', `该机构尚未提出申请 (no lifecycle case for organisation ${organisationId})`, { organisationId });
    const items = await db.selectFrom('taskBookItems').selectAll().where('caseId', '=', row.id).orderBy('dueOn').orderBy('title').execute();
    return items.map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title,
      target: i.target,
      dueOn: i.dueOn,
      progress: i.progress,
      status: i.status,
      updatedAt: i.updatedAt.toISOString(),
    }));
  };

  /** CM-11 / BM-12: progress against the task book, reported by the institution while it prepares. */
  const updateItem = async (
    actor: AuditActor,
    organisationId: string,
    itemId: string,
    input: { progress: number; status: 'open' | 'done' },
  ) => {
    const row = await findCaseByOrganisation(db, organisationId);
    if (!row) throw new AppError('NOT_FOUND', 'no lifecycle case', { organisationId });
    const article = row.institutionType === 'carbon_metrology_centre' ? 'CM-11' : 'BM-12';
    if (!['preparation', 'extension_requested'].includes(row.state)) {
      throw new AppError(
        'LIFECYCLE_NOT_ALLOWED',
        `只有筹建期间可以报告任务书进展 (task-book progress is reported during preparation; ${article})`,
        { state: row.state, article },
      );
    }
    const before = await db
      .selectFrom('taskBookItems')
      .selectAll()
      .where('id', '=', itemId)
      .where('caseId', '=', row.id)
      .executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', `任务书条目 ${itemId} 不存在 (task-book item not found)`, { itemId });
    await db.transaction().execute(async (trx) => {
      const now = clock.now();
      await trx
        .updateTable('taskBookItems')
        .set({ progress: input.progress, status: input.status, updatedAt: now })
        .where('id', '=', itemId)
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId,
          action: 'task_book_item.update',
          entityType: 'task_book_item',
          entityId: itemId,
          before,
          after: input,
          detail: { article },
        },
        now,
      );
    });
    return listItems(organisationId);
  };

  return { writeItems, listItems, updateItem };
};

export type TaskBookService = ReturnType<typeof createTaskBookService>;
