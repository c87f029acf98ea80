import type { Kysely } from 'kysely';
import { AppError, ROLE_LABELS, type CreatePanel } from '@jiliang/shared';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { insertPanel, insertPanelMembers, listCoBuilderIds, type CaseRow } from './institution.repository.ts';

/** The expert panels of a case (part of the institution service, institution.service.ts). */
export const createPanelService = ({
  db,
  clock,
  getCaseRow,
}: {
  db: Kysely<Database>;
  clock: Clock;
  getCaseRow: (organisationId: string) => Promise<CaseRow>;
}) => {
  /** CM-10 / BM-11: panels under a team leader; an expert may not judge their own organisation or one it co-builds with. */
  const createPanel = async (actor: AuditActor, organisationId: string, input: CreatePanel) => {
    const row = await getCaseRow(organisationId);
    const members = [...new Set([input.leaderUserId, ...input.memberUserIds])];
    const coBuilders = await listCoBuilderIds(db, row.id);
    const conflicted = new Set([organisationId, ...coBuilders]);
    const memberships = await db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.userId')
      .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
      .select(['memberships.userId', 'memberships.role', 'memberships.organisationId', 'users.displayName', 'organisations.name'])
      .where('memberships.userId', 'in', members)
      .execute();
    for (const userId of members) {
      const own = memberships.filter((m) => m.userId === userId);
      if (!own.some((m) => m.role === 'expert')) {
        throw new AppError(
          'VALIDATION_FAILED',
          `${own[0]?.displayName ?? userId} 不是评审专家 (panel members must hold the ${ROLE_LABELS.expert.en} role; CM-10)`,
          [{ field: 'memberUserIds', rule: 'CM-10: experts only', message: userId }],
        );
      }
      const clash = own.find((m) => conflicted.has(m.organisationId));
      if (clash) {
        throw new AppError(
          'VALIDATION_FAILED',
          `回避：专家${clash.displayName}所在单位“${clash.name}”是被评审单位或其共建单位，不能参加该专家组 (conflict of interest: the expert belongs to the institution or a co-builder; CM-10)`,
          [
            {
              field: 'memberUserIds',
              rule: 'CM-10: no expert from the institution or its co-builders',
              message: `${clash.displayName}（${clash.name}）`,
            },
          ],
        );
      }
    }
    return db.transaction().execute(async (trx) => {
      const now = clock.now();
      const panel = await insertPanel(trx, { caseId: row.id, purpose: input.purpose, leaderUserId: input.leaderUserId, createdAt: now });
      await insertPanelMembers(trx, panel.id, members);
      await appendAudit(
        trx,
        {
          actor,
          organisationId,
          action: 'expert_panel.create',
          entityType: 'expert_panel',
          entityId: panel.id,
          after: { ...input, memberUserIds: members },
        },
        now,
      );
      return { ...panel, memberUserIds: members };
    });
  };

  /** CM-10, CM-14, CM-23: the case's panels, newest first, with their members' names and units. */
  const listPanels = async (organisationId: string) => {
    const row = await getCaseRow(organisationId);
    const panels = await db.selectFrom('expertPanels').selectAll().where('caseId', '=', row.id).orderBy('createdAt', 'desc').execute();
    if (panels.length === 0) return [];
    const members = await db
      .selectFrom('panelMembers')
      .innerJoin('users', 'users.id', 'panelMembers.userId')
      .select(['panelMembers.panelId', 'users.id', 'users.displayName'])
      .orderBy('users.displayName')
      .where(
        'panelMembers.panelId',
        'in',
        panels.map((p) => p.id),
      )
      .execute();
    return panels.map((p) => ({
      id: p.id,
      caseId: p.caseId,
      purpose: p.purpose,
      leaderUserId: p.leaderUserId,
      memberUserIds: members.filter((m) => m.panelId === p.id).map((m) => m.id),
      memberNames: members.filter((m) => m.panelId === p.id).map((m) => m.displayName),
      createdAt: p.createdAt.toISOString(),
    }));
  };

  return { createPanel, listPanels };
};
