import type { Kysely } from 'kysely';
import { AppError, type ApplyEvent, type InstitutionCase } from '@jiliang/shared';
import {
  getCurrentPreparationDeadline,
  toShanghaiDate,
  transition,
  type LifecycleContext,
  type LifecycleEvent,
  type LifecycleState,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { AssessmentService } from './assessment.service.ts';
import type { createCaseDocumentsService } from './case-documents.service.ts';
import {
  EVENT_ACTOR,
  TRANSIENT_FACTS,
  applyEffects,
  contextOf,
  isLifecycleEvent,
  permissionForEvent,
  type StoredFacts,
} from './institution-events.ts';
import {
  findCaseByOrganisation,
  findLatestPanel,
  insertAnnualReport,
  insertCaseEvent,
  listAnnualReports,
  lockCase,
  updateCase,
  type CaseRow,
} from './institution.repository.ts';
import { listDefaultTaskBookItems } from './task-book-defaults.ts';
import type { TaskBookService } from './task-book.service.ts';

type CaseDocumentsService = ReturnType<typeof createCaseDocumentsService>;

/**
 * The lifecycle steps of a case (part of the institution service, institution.service.ts, which
 * passes in its readers `getCaseRow` and `getCase`).
 */
export const createCaseEventsService = ({
  db,
  clock,
  assessment,
  documents,
  taskBook,
  getCaseRow,
  getCase,
}: {
  db: Kysely<Database>;
  clock: Clock;
  assessment: AssessmentService;
  documents: CaseDocumentsService;
  taskBook: TaskBookService;
  getCaseRow: (organisationId: string) => Promise<CaseRow>;
  getCase: (organisationId: string) => Promise<InstitutionCase>;
}) => {
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

  return { applyEvent };
};

export type CaseEventsService = ReturnType<typeof createCaseEventsService>;
