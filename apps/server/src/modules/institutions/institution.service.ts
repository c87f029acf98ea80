import type { Kysely } from 'kysely';
import {
  AppError,
  ROLE_LABELS,
  type ApplyEvent,
  type CreatePanel,
  type InstitutionCase,
  type OpenCase,
  type Pipeline,
  type Permission,
} from '@jiliang/shared';
import {
  LIFECYCLE_EVENTS,
  LIFECYCLE_STATES,
  LIFECYCLE_STATE_INFO,
  LIFECYCLE_TABLE,
  findNextDue,
  getCurrentPreparationDeadline,
  isPastDue,
  listEventOptions,
  toShanghaiDate,
  transition,
  type CalendarDate,
  type LifecycleActor,
  type LifecycleContext,
  type LifecycleEffect,
  type LifecycleEvent,
  type LifecycleState,
  type Scope,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { AssessmentService } from './assessment.service.ts';
import type { createCaseDocumentsService } from './case-documents.service.ts';

type CaseDocumentsService = ReturnType<typeof createCaseDocumentsService>;
import { listDefaultTaskBookItems } from './task-book-defaults.ts';
import type { TaskBookService } from './task-book.service.ts';
import {
  findCaseByOrganisation,
  findLatestPanel,
  insertAnnualReport,
  insertCase,
  insertCaseEvent,
  insertCoBuilders,
  insertPanel,
  insertPanelMembers,
  listAnnualReports,
  listCaseEvents,
  listCaseRows,
  listCoBuilderIds,
  lockCase,
  updateCase,
  type CaseRow,
} from './institution.repository.ts';

/** Which permission each actor of the transition table needs (MEASURES.md §1). */
const ACTOR_PERMISSION: Record<LifecycleActor, Permission> = {
  applicant: 'institutions:apply',
  institution: 'institutions:apply',
  local_bureau: 'institutions:review',
  province: 'institutions:decide',
  expert_panel: 'institutions:assess',
  // The system's clock proposes; the Province may also trigger the proposal by hand.
  system: 'institutions:decide',
};

/** Every event has one actor in the table; the route authorises by it before the service runs. */
const EVENT_ACTOR = new Map<string, LifecycleActor>();
for (const row of LIFECYCLE_TABLE) {
  const known = EVENT_ACTOR.get(row.event);
  if (known && known !== row.actor) throw new Error(`lifecycle event ${row.event} has two actors (${known}, ${row.actor})`);
  EVENT_ACTOR.set(row.event, row.actor);
}

export const isLifecycleEvent = (event: string): event is LifecycleEvent => (LIFECYCLE_EVENTS as readonly string[]).includes(event);

export const permissionForEvent = (event: string): Permission => {
  const actor = EVENT_ACTOR.get(event);
  if (!actor) {
    throw new AppError('VALIDATION_FAILED', `未知的办理事项“${event}” (unknown lifecycle event)`, [
      { field: 'event', rule: `one of ${LIFECYCLE_EVENTS.join(', ')}`, message: event },
    ]);
  }
  return ACTOR_PERMISSION[actor];
};

/** Facts that belong to one step only (a score, a requested date): not kept for the next step. */
const TRANSIENT_FACTS = [
  'score',
  'onSiteReview',
  'meetingNotes',
  'extendedTo',
  'supervisionPassed',
  'expertOpinion',
  'acceptanceApplication',
] as const;

type StoredFacts = Omit<LifecycleContext, 'institutionType' | 'isDirectApplicant'> & { establishedOn?: CalendarDate };

const contextOf = (row: CaseRow, extra: Partial<LifecycleContext> = {}): LifecycleContext => ({
  ...(row.facts as StoredFacts),
  ...extra,
  institutionType: row.institutionType,
  isDirectApplicant: row.isDirectApplicant,
});

/** What the service records after a successful transition (the pure core only says what). */
const applyEffects = (
  facts: StoredFacts,
  event: LifecycleEvent,
  effects: readonly LifecycleEffect[],
  input: Partial<LifecycleContext>,
  today: CalendarDate,
): StoredFacts => {
  const next: StoredFacts = { ...facts };
  for (const effect of effects) {
    if (effect.kind !== 'set_due_date') continue;
    if (effect.due === 'preparation_deadline' && event === 'approve_preparation') next.preparationApprovedOn = today;
    if (effect.due === 'preparation_deadline' && event === 'grant_extension')
      next.grantedExtensions = [...(next.grantedExtensions ?? []), { extendedTo: effect.dueOn }];
    if (effect.due === 'rectification') next.rectificationDueOn = effect.dueOn;
    if (effect.due === 'rectification_notice') next.rectificationNoticeDueOn = effect.dueOn;
    if (effect.due === 'supervision_rectification' || effect.due === 'local_finding') next.supervisionDueOn = effect.dueOn;
  }
  if (event === 'establish') next.establishedOn = today;
  if (event === 'approve_preparation' && !next.preparationApprovedOn) next.preparationApprovedOn = today;
  if (input.acceptanceApplication) next.acceptanceApplication = input.acceptanceApplication;
  return next;
};

export type InstitutionService = ReturnType<typeof createInstitutionService>;

export const createInstitutionService = ({
  db,
  clock,
  assessment,
  documents,
  taskBook,
}: {
  db: Kysely<Database>;
  clock: Clock;
  assessment: AssessmentService;
  documents: CaseDocumentsService;
  taskBook: TaskBookService;
}) => {
  const getCaseRow = async (organisationId: string): Promise<CaseRow> => {
    const row = await findCaseByOrganisation(db, organisationId);
    if (!row)
      throw new AppError('NOT_FOUND', `该机构尚未提出申请 (no lifecycle case for organisation ${organisationId})`, {
        entity: 'institution_case',
        organisationId,
      });
    return row;
  };

  const annualReportsOf = async (caseId: string) =>
    (await listAnnualReports(db, caseId)).map((r) => ({ year: r.year, submittedOn: toShanghaiDate(r.submittedAt) }));

  /** The next date that matters depends on today, so it is computed when read (CM-13, CM-16, CM-17, CM-19, CM-24). */
  const nextDueOf = async (row: Pick<CaseRow, 'id' | 'state' | 'facts' | 'institutionType' | 'isDirectApplicant'>, now: Date) => {
    const facts = row.facts as StoredFacts;
    return findNextDue(
      row.state as LifecycleState,
      { ...contextOf(row as CaseRow), establishedOn: facts.establishedOn, annualReports: await annualReportsOf(row.id) },
      now,
    );
  };

  const toView = async (row: CaseRow): Promise<InstitutionCase> => {
    const now = clock.now();
    const state = row.state as LifecycleState;
    const nextDue = await nextDueOf(row, now);
    const [events, coBuilderIds] = await Promise.all([listCaseEvents(db, row.id), listCoBuilderIds(db, row.id)]);
    const options = listEventOptions(state, contextOf(row), now).map((o) => ({
      event: o.event,
      actor: o.actor,
      allowed: o.result.ok,
      to: o.result.ok ? o.result.to : null,
      article: o.result.article ?? null,
      reason: o.result.ok ? null : `${o.result.message} (${o.result.messageEn})`,
    }));
    return {
      id: row.id,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      institutionType: row.institutionType,
      state: row.state,
      stateLabel: { zh: LIFECYCLE_STATE_INFO[state].zh, en: LIFECYCLE_STATE_INFO[state].en },
      isDirectApplicant: row.isDirectApplicant,
      isPriority: row.isInLocalPlan && row.hasLocalGovernmentCommitment,
      coBuilderIds,
      facts: row.facts,
      preparationDeadline: row.preparationDeadline,
      establishedOn: row.establishedOn,
      certificateNumber: row.certificateNumber,
      nextDueOn: nextDue?.dueOn ?? null,
      nextDueKind: nextDue?.kind ?? null,
      version: row.version,
      timeline: events.map((e) => ({
        seq: e.seq,
        event: e.event,
        fromState: e.fromState,
        toState: e.toState,
        article: e.article,
        payload: e.payload,
        actorLabel: e.actorLabel,
        at: e.at.toISOString(),
      })),
      options,
    };
  };

  const getCase = async (organisationId: string) => toView(await getCaseRow(organisationId));

  /** CM-7, CM-8 / BM-8, BM-9: a unit applies for its institution; joint applications name co-builders. */
  const openCase = async (actor: AuditActor, organisationId: string, input: OpenCase): Promise<InstitutionCase> => {
    const institution = await db
      .selectFrom('organisations')
      .innerJoin('institutions', 'institutions.organisationId', 'organisations.id')
      .select(['organisations.id', 'institutions.institutionType'])
      .where('organisations.id', '=', organisationId)
      .executeTakeFirst();
    if (!institution) {
      throw new AppError(
        'VALIDATION_FAILED',
        '只有登记为中心/基地的组织可以提出申请 (only an institution can open a lifecycle case; CM-7 / BM-8)',
        [{ field: 'organisationId', rule: 'an institution (CM or BM)', message: organisationId }],
      );
    }
    if (await findCaseByOrganisation(db, organisationId))
      throw new AppError('CONFLICT', '该机构已有申请 (this institution already has a case)', { organisationId });
    if (input.coBuilderIds.includes(organisationId)) {
      throw new AppError('VALIDATION_FAILED', '共建单位不能是主要建设方本身 (a co-builder cannot be the lead builder; CM-8)', [
        { field: 'coBuilderIds', rule: 'CM-8', message: organisationId },
      ]);
    }
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const { id } = await insertCase(trx, {
        organisationId,
        institutionType: institution.institutionType,
        state: 'application_draft',
        isDirectApplicant: input.isDirectApplicant,
        isInLocalPlan: input.isInLocalPlan,
        hasLocalGovernmentCommitment: input.hasLocalGovernmentCommitment,
        facts: '{}',
        createdAt: now,
        updatedAt: now,
      });
      await insertCoBuilders(trx, id, input.coBuilderIds);
      await trx
        .updateTable('institutions')
        .set({ stage: 'application_draft', stageSince: now })
        .where('organisationId', '=', organisationId)
        .execute();
      await appendAudit(
        trx,
        { actor, organisationId, action: 'institution_case.open', entityType: 'institution_case', entityId: id, after: input },
        now,
      );
    });
    return getCase(organisationId);
  };

  const checkActor = async (row: CaseRow, event: LifecycleEvent, actor: AuditActor, isProvince: boolean) => {
    // CM-14, CM-23 (组长负责制): the team leader of the panel for this step records its result.
    if (EVENT_ACTOR.get(event) !== 'expert_panel' || isProvince) return;
    const purpose =
      event === 'record_inspection_result' ? 'inspection' : event === 'record_re_review_result' ? 're_review' : 'acceptance_assessment';
    const panel = await findLatestPanel(db, row.id, [purpose]);
    if (!panel || panel.leaderUserId !== actor.userId) {
      throw new AppError(
        'FORBIDDEN',
        `只有该事项专家组（${purpose}）的组长可以确定结果 (only the team leader of the ${purpose} panel records this result; CM-14, CM-23)`,
        {
          rule: 'team leader (组长负责制)',
          purpose,
        },
      );
    }
  };

  /** One step of the lifecycle: the pure table decides, this persists, records the timeline and audits. */
  const applyEvent = async (
    actor: AuditActor,
    organisationId: string,
    input: ApplyEvent & { annualReport?: { year: number; summary: string } },
    options: { isProvince: boolean },
  ) => {
    if (!isLifecycleEvent(input.event)) permissionForEvent(input.event);
    const event = input.event as LifecycleEvent;
    const now = clock.now();
    const today = toShanghaiDate(now);
    const before = await getCaseRow(organisationId);
    await checkActor(before, event, actor, options.isProvince);
    await db.transaction().execute(async (trx) => {
      await lockCase(trx, before.id);
      const row = await findCaseByOrganisation(trx, organisationId);
      if (!row) throw new AppError('NOT_FOUND', 'case vanished');
      if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
        throw new AppError('CONFLICT', `该申请已被他人更新（版本 ${row.version}），请刷新后再办理 (the case changed since you loaded it)`, {
          expectedVersion: input.expectedVersion,
          version: row.version,
        });
      }
      const state = row.state as LifecycleState;
      const stepFacts = { ...(input.facts as Partial<LifecycleContext>) };
      if (event === 'record_score') {
        // CM-14..CM-16: the score defaults to the panel's proposed score; the CM-15 sample is what was recorded, not a claim.
        const scoring = await assessment.getScoringFacts(row.id, trx);
        stepFacts.score ??= scoring.proposedScore;
        if (stepFacts.onSiteReview) stepFacts.onSiteReview = { ...stepFacts.onSiteReview, samplingRecorded: scoring.samplingRecorded };
      }
      const result = transition(state, event, contextOf(row, stepFacts), now);
      if (!result.ok) {
        const code = result.code === 'NOT_ALLOWED_FROM_STATE' ? 'LIFECYCLE_NOT_ALLOWED' : 'LIFECYCLE_RULE';
        throw new AppError(code, `${result.message} (${result.messageEn})`, { rule: result.rule, article: result.article, state, event });
      }
      const durable = Object.fromEntries(
        Object.entries(input.facts).filter(([key]) => !(TRANSIENT_FACTS as readonly string[]).includes(key)),
      );
      const facts = applyEffects(
        { ...(row.facts as StoredFacts), ...durable },
        event,
        result.effects,
        input.facts as Partial<LifecycleContext>,
        today,
      );
      if (event === 'submit_annual_report') {
        const report = input.annualReport;
        if (!report)
          throw new AppError('VALIDATION_FAILED', '请填写年度工作总结报告 (annualReport is required; CM-19)', [
            { field: 'annualReport', rule: 'CM-19', message: 'missing' },
          ]);
        const duplicate = await trx
          .selectFrom('annualReports')
          .select('year')
          .where('caseId', '=', row.id)
          .where('year', '=', report.year)
          .executeTakeFirst();
        if (duplicate) {
          throw new AppError(
            'CONFLICT',
            `${report.year}年度工作总结报告已报送，不能覆盖 (the ${report.year} annual report was already submitted; CM-19)`,
            [{ field: 'annualReport.year', rule: 'one report per year (CM-19)', message: String(report.year) }],
          );
        }
        await insertAnnualReport(trx, { caseId: row.id, year: report.year, submittedAt: now, summary: report.summary });
      }
      const annualReports = (await listAnnualReports(trx, row.id)).map((r) => ({
        year: r.year,
        submittedOn: toShanghaiDate(r.submittedAt),
      }));
      const context = { ...contextOf({ ...row, facts }), establishedOn: facts.establishedOn, annualReports };
      const certificateNumber =
        event === 'establish'
          ? await documents.nextCertificateNumber(trx, row.institutionType, Number(today.slice(0, 4)))
          : row.certificateNumber;
      await updateCase(trx, row.id, {
        state: result.to,
        facts: JSON.stringify(facts),
        preparationDeadline: getCurrentPreparationDeadline(context) ?? null,
        establishedOn: facts.establishedOn ?? null,
        certificateNumber,
        version: row.version + 1,
        updatedAt: now,
      });
      await trx
        .updateTable('institutions')
        .set({ stage: result.to, stageSince: now })
        .where('organisationId', '=', organisationId)
        .execute();
      const payload = { facts: stepFacts, note: input.note ?? null, effects: result.effects, annualReport: input.annualReport ?? null };
      const eventSeq = await insertCaseEvent(trx, {
        caseId: row.id,
        event,
        fromState: state,
        toState: result.to,
        article: result.article,
        payload: JSON.stringify(payload),
        actorUserId: actor.userId,
        actorLabel: actor.label,
        at: now,
      });
      // CM-10 / BM-11: the task book's tasks, indicators and milestones become trackable rows.
      if (event === 'approve_preparation')
        await taskBook.writeItems(trx, row.id, listDefaultTaskBookItems(row.institutionType, today), now);
      // The documents this step issues (CM-10, CM-16, CM-17, CM-18), numbered and rendered with it.
      const issued = await documents.issueDocuments(
        trx,
        {
          row,
          event,
          fromState: state,
          eventSeq,
          today,
          facts: { ...facts, certificateNumber },
          score: stepFacts.score,
          meetingNotes: input.facts.meetingNotes,
          preparationDeadline: getCurrentPreparationDeadline(context),
          at: now,
        },
        result.effects,
      );
      if (issued.length > 0) {
        await trx
          .updateTable('institutionEvents')
          .set({ payload: JSON.stringify({ ...payload, documents: issued }) })
          .where('caseId', '=', row.id)
          .where('seq', '=', eventSeq)
          .execute();
      }
      await appendAudit(
        trx,
        {
          actor,
          organisationId,
          action: `institution_case.${event}`,
          entityType: 'institution_case',
          entityId: row.id,
          before: { state, version: row.version },
          after: { state: result.to, version: row.version + 1 },
          detail: { article: result.article },
        },
        now,
      );
    });
    return getCase(organisationId);
  };

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

  /** The Province's board: institutions by stage, overdue first (then by next due date). */
  const getPipeline = async (scope: Scope): Promise<Pipeline> => {
    const now = clock.now();
    const rows = (await listCaseRows(db)).filter((r) => {
      if (scope.kind === 'all') return true;
      if (scope.kind === 'none') return false;
      if (scope.kind === 'organisations') return scope.organisationIds.includes(r.organisationId);
      return r.regionCode === scope.regionCode;
    });
    const withDue = await Promise.all(rows.map(async (r) => ({ r, due: await nextDueOf(r, now) })));
    const cases = withDue
      .map(({ r, due }) => ({
        id: r.id,
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        institutionType: r.institutionType,
        state: r.state,
        nextDueOn: due?.dueOn ?? null,
        nextDueKind: due?.kind ?? null,
        isOverdue: due !== undefined && isPastDue(due.dueOn, now),
      }))
      .sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || (a.nextDueOn ?? '9999').localeCompare(b.nextDueOn ?? '9999'));
    const stages = LIFECYCLE_STATES.map((state) => ({
      state,
      label: { zh: LIFECYCLE_STATE_INFO[state].zh, en: LIFECYCLE_STATE_INFO[state].en },
      count: cases.filter((c) => c.state === state).length,
    }));
    return { stages, cases };
  };

  /**
   * The clock's part (CM-13, CM-16): propose revoking preparation once the deadline in force has
   * passed, and record a lapsed 3-month rectification. The Province still confirms.
   */
  const sweepDeadlines = async (actor: AuditActor): Promise<{ applied: { organisationId: string; event: string }[] }> => {
    const applied: { organisationId: string; event: string }[] = [];
    for (const row of await listCaseRows(db)) {
      for (const event of ['propose_preparation_revocation', 'lapse_rectification'] as const) {
        if (transition(row.state as LifecycleState, event, contextOf(row), clock.now()).ok) {
          await applyEvent(actor, row.organisationId, { event, facts: {} }, { isProvince: true });
          applied.push({ organisationId: row.organisationId, event });
        }
      }
    }
    return { applied };
  };

  const listDocuments = async (organisationId: string) => {
    const row = await getCaseRow(organisationId);
    const docs = await db
      .selectFrom('institutionDocuments')
      .select(['id', 'kind', 'docNumber', 'title', 'eventSeq', 'createdAt'])
      .where('caseId', '=', row.id)
      .orderBy('createdAt')
      .orderBy('docNumber')
      .execute();
    return docs.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() }));
  };

  const getDocumentFile = async (organisationId: string, documentId: string, format: 'docx' | 'pdf') => {
    const row = await getCaseRow(organisationId);
    const doc = await db
      .selectFrom('institutionDocuments')
      .select(['docNumber', 'title', format])
      .where('caseId', '=', row.id)
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (!doc) throw new AppError('NOT_FOUND', `文件 ${documentId} 不存在 (document not found)`, { documentId });
    return {
      fileName: `${doc.docNumber} ${doc.title}.${format}`,
      content: Buffer.from((doc as unknown as Record<string, Uint8Array>)[format] as Uint8Array) /* PGlite gives Uint8Array, pg a Buffer */,
    };
  };

  return {
    listPanels,
    listDocuments,
    getDocumentFile,
    getCase,
    openCase,
    applyEvent,
    createPanel,
    getPipeline,
    sweepDeadlines,
    annualReportsOf,
  };
};
