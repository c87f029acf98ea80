import type { Kysely } from 'kysely';
import { AppError, type InstitutionCase, type OpenCase } from '@jiliang/shared';
import { LIFECYCLE_STATE_INFO, findNextDue, listEventOptions, toShanghaiDate, type LifecycleState } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { AssessmentService } from './assessment.service.ts';
import { createCaseDocumentFilesService } from './case-document-files.service.ts';
import type { createCaseDocumentsService } from './case-documents.service.ts';
import { createCaseEventsService } from './case-events.service.ts';
import { contextOf, type StoredFacts } from './institution-events.ts';
import { createInstitutionPipelineService } from './institution-pipeline.service.ts';
import {
  findCaseByOrganisation,
  insertCase,
  insertCoBuilders,
  listAnnualReports,
  listCaseEvents,
  listCoBuilderIds,
  type CaseRow,
} from './institution.repository.ts';
import { createPanelService } from './panel.service.ts';
import type { TaskBookService } from './task-book.service.ts';

type CaseDocumentsService = ReturnType<typeof createCaseDocumentsService>;

// Imported from here by institution.routes.ts; they live with the other pure event rules.
export { isLifecycleEvent, permissionForEvent } from './institution-events.ts';

export type InstitutionService = ReturnType<typeof createInstitutionService>;

/**
 * The institution lifecycle service: the case and its view here; the steps in case-events.service.ts,
 * the panels in panel.service.ts, the pipeline and deadline sweep in institution-pipeline.service.ts,
 * the issued documents in case-document-files.service.ts.
 */
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

  const { applyEvent } = createCaseEventsService({ db, clock, assessment, documents, taskBook, getCaseRow, getCase });
  const { createPanel, listPanels } = createPanelService({ db, clock, getCaseRow });
  const { getPipeline, sweepDeadlines } = createInstitutionPipelineService({ db, clock, nextDueOf, applyEvent });
  const { listDocuments, getDocumentFile } = createCaseDocumentFilesService({ db, getCaseRow });

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
