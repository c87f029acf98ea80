import type { Kysely } from 'kysely';
import { AppError, type RectificationItem, type RectificationUpdate } from '@jiliang/shared';
import type { AccessTarget } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { findItemRowForUpdate, insertEvent } from './energy-review.repository.ts';
import { withEnergyTables } from './energy.tables.ts';
import { checkRectificationChange } from './review-findings.ts';
import type { EnergyReviewService } from './energy-review.service.ts';

/**
 * Rectification items of a review, tracked to closure (issue 8): each change goes through the transition table
 * (review-findings.ts), is appended to the item's events with who, when, the note and the evidence, and audited.
 * Items are never deleted.
 */
const notFound = (id: string) =>
  new AppError('NOT_FOUND', `整改项 ${id} 不存在 (rectification item not found)`, { entity: 'rectification', id });

export const createRectificationService = ({
  db: baseDb,
  clock,
  reviews,
}: {
  db: Kysely<Database>;
  clock: Clock;
  reviews: EnergyReviewService;
}) => {
  const db = withEnergyTables(baseDb);

  const itemTargetOf = async (itemId: string): Promise<AccessTarget> => {
    const row = await db.selectFrom('energyRectificationItems').select('enterpriseId').where('id', '=', itemId).executeTakeFirst();
    if (!row) throw notFound(itemId);
    return reviews.targetOf(row.enterpriseId);
  };

  const updateItem = async (actor: AuditActor, itemId: string, change: RectificationUpdate): Promise<RectificationItem> => {
    const now = clock.now();
    const reviewId = await db.transaction().execute(async (trx) => {
      const before = await findItemRowForUpdate(trx, itemId);
      if (!before) throw notFound(itemId);
      if (change.version !== undefined && change.version !== before.version)
        throw new AppError('CONFLICT', `整改项已被他人修改（版本 ${before.version}），请刷新后重试 (stale version ${change.version})`, [
          { field: 'version', rule: 'the version you read', message: String(before.version) },
        ]);
      checkRectificationChange(before.status, change);
      const closing = change.status === 'closed';
      const evidence = change.evidence?.trim() || null;
      const note = change.note?.trim() || null;
      await trx
        .updateTable('energyRectificationItems')
        .set({
          status: change.status,
          updatedAt: now,
          version: before.version + 1,
          ...(evidence ? { evidence } : {}),
          ...(closing ? { closedAt: now, closedBy: actor.label } : {}),
        })
        .where('id', '=', itemId)
        .execute();
      // The item's row is locked: the next step number is ours.
      const last = await trx
        .selectFrom('energyRectificationEvents')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('itemId', '=', itemId)
        .executeTakeFirst();
      await insertEvent(trx, {
        itemId,
        seq: Number(last?.seq ?? 0) + 1,
        fromStatus: before.status,
        toStatus: change.status,
        note,
        evidence,
        actorLabel: actor.label,
        at: now,
      });
      await appendAudit(
        trx as unknown as Kysely<Database>,
        {
          actor,
          organisationId: before.enterpriseId,
          action: 'energy.rectification.status',
          entityType: 'energy_rectification',
          entityId: itemId,
          before: { status: before.status, version: before.version },
          after: { status: change.status, evidence, note },
        },
        now,
      );
      return before.reviewId;
    });
    const review = await reviews.getReview(reviewId);
    const item = review.rectifications.find((i) => i.id === itemId);
    if (!item) throw notFound(itemId);
    return item;
  };

  return { itemTargetOf, updateItem };
};
