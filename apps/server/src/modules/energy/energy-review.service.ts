import type { Kysely } from 'kysely';
import {
  AppError,
  isAppError,
  type EnergyReview,
  type EnergyReviewSummary,
  type FieldIssue,
  type Gb17167ReviewInput,
  type Gb17167ReviewResult,
  type ParsedEnergyReviewRequest,
  type RegisterPlacement,
} from '@jiliang/shared';
import { addMonths, reviewGb17167, toShanghaiDate, type AccessTarget } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { buildEnergyReviewReport } from '../documents/energy-review-report.template.ts';
import { renderDocx } from '../documents/docx-renderer.ts';
import {
  findNextSerial,
  findOrganisationRow,
  findReviewRow,
  insertEvent,
  insertFinding,
  insertItem,
  insertReview,
  listEventRows,
  listFindingRows,
  listItemRows,
  listRegisterInstruments,
  listRegisterSites,
  listReviewRows,
  type ReviewRow,
} from './energy-review.repository.ts';
import { withEnergyTables } from './energy.tables.ts';
import { draftFindings } from './review-findings.ts';
import { buildReviewInput, remapReviewIssues } from './review-input.ts';

/**
 * GB 17167 reviews (能源计量审查, issue 8; CM-6(5), CM-6(6)) of an energy-using unit, built from its instrument
 * register: load the register, place it on the inventory (review-input.ts), run the pure core (packages/calc
 * reviewGb17167), store the snapshot, the result, one row per finding and a rectification item per failing
 * finding, and audit it — in one transaction.
 */
const REGISTER_KINDS = ['enterprise', 'institution', 'laboratory'];

const notFound = (id: string) => new AppError('NOT_FOUND', `能源计量审查 ${id} 不存在 (review not found)`, { entity: 'energy_review', id });

export const createEnergyReviewService = ({ db: baseDb, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const db = withEnergyTables(baseDb);

  const targetOf = async (organisationId: string): Promise<AccessTarget> => {
    const org = await findOrganisationRow(db, organisationId);
    if (!org) throw new AppError('NOT_FOUND', `组织 ${organisationId} 不存在 (organisation not found)`, { entity: 'organisation' });
    return { organisationId: org.id, kind: org.kind, divisionCode: org.divisionCode };
  };

  const reviewTargetOf = async (reviewId: string): Promise<AccessTarget> => {
    const row = await db.selectFrom('energyReviews').select('enterpriseId').where('id', '=', reviewId).executeTakeFirst();
    if (!row) throw notFound(reviewId);
    return targetOf(row.enterpriseId);
  };

  /** The core's field paths name the request's fields (instrumentFacts.<code>.x, register.<code>.x). */
  const runCore = (input: Gb17167ReviewInput, codesInOrder: string[]): Gb17167ReviewResult => {
    try {
      return reviewGb17167(input);
    } catch (error) {
      if (isAppError(error) && error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
        const issues = remapReviewIssues(error.details as FieldIssue[], codesInOrder);
        throw new AppError('VALIDATION_FAILED', `GB 17167 review: ${issues.map((i) => i.message).join('; ')}`, issues);
      }
      throw error;
    }
  };

  const createReview = async (actor: AuditActor, enterpriseId: string, request: ParsedEnergyReviewRequest): Promise<EnergyReview> => {
    const org = await findOrganisationRow(db, enterpriseId);
    if (!org) throw new AppError('NOT_FOUND', `组织 ${enterpriseId} 不存在 (organisation not found)`, { entity: 'organisation' });
    if (!REGISTER_KINDS.includes(org.kind))
      throw new AppError('VALIDATION_FAILED', `${org.name} 不是用能单位，没有计量器具台账 (a bureau keeps no register)`, [
        { field: 'id', rule: 'an enterprise, institution or laboratory: a 用能单位 with a register (GB 17167-2006 1)', message: org.kind },
      ]);
    if (request.reviewerOrganisationId) {
      const reviewer = await findOrganisationRow(db, request.reviewerOrganisationId);
      if (!reviewer || reviewer.kind !== 'institution')
        throw new AppError('VALIDATION_FAILED', '审查机构须为碳计量中心或计量数据建设应用基地 (reviewer must be an institution)', [
          {
            field: 'reviewerOrganisationId',
            rule: 'a carbon metrology centre or data application base (CM-6(6))',
            message: String(reviewer?.kind),
          },
        ]);
    }
    const now = clock.now();
    const reviewDate = request.reviewDate ?? toShanghaiDate(now);
    const [register, sites] = await Promise.all([listRegisterInstruments(db, org.id), listRegisterSites(db, org.id)]);
    const built = buildReviewInput({ enterprise: { name: org.name, creditCode: org.creditCode }, reviewDate, request, register, sites });
    const result = runCore(built.reviewInput, built.codesInOrder);
    const drafts = draftFindings(result);
    const dueOn = request.rectificationDueOn ?? addMonths(reviewDate, 3);
    if (dueOn < reviewDate)
      throw new AppError('VALIDATION_FAILED', '整改期限不能早于审查日期 (rectificationDueOn before the review date)', [
        { field: 'rectificationDueOn', rule: 'on or after reviewDate', message: dueOn },
      ]);

    const id = await db.transaction().execute(async (trx) => {
      // One review at a time per unit, so report numbers do not collide.
      await trx.selectFrom('organisations').select('id').where('id', '=', org.id).forUpdate().execute();
      const serial = await findNextSerial(trx, org.id, Number(reviewDate.slice(0, 4)));
      const snapshot = { placements: built.placements, reviewInput: built.reviewInput, request };
      const { id: reviewId } = await insertReview(trx, {
        enterpriseId: org.id,
        reviewerOrganisationId: request.reviewerOrganisationId ?? null,
        reviewDate,
        serial,
        editionRequested: result.editionRequested,
        editionApplied: result.editionApplied,
        snapshot: JSON.stringify(snapshot),
        result: JSON.stringify(result),
        score: result.score.total,
        verdict: result.verdict,
        actorLabel: actor.label,
        createdAt: now,
      });
      let itemSeq = 0;
      for (const [i, d] of drafts.entries()) {
        const { id: findingId } = await insertFinding(trx, {
          reviewId,
          enterpriseId: org.id,
          seq: i + 1,
          kind: d.kind,
          medium: d.medium,
          level: d.level,
          required: d.required,
          installed: d.installed,
          rate: d.rate,
          limitPct: d.limit,
          verdict: d.verdict,
          instrumentCode: d.instrumentCode,
          clause: d.clause,
          text: d.text,
        });
        if (d.verdict !== 'fail' || d.requirement === null) continue;
        const item = await insertItem(trx, {
          reviewId,
          findingId,
          enterpriseId: org.id,
          seq: ++itemSeq,
          problem: d.text,
          requirement: d.requirement,
          status: 'open',
          dueOn,
          evidence: null,
          closedAt: null,
          closedBy: null,
          createdAt: now,
          updatedAt: now,
        });
        await insertEvent(trx, {
          itemId: item.id,
          seq: 1,
          fromStatus: null,
          toStatus: 'open',
          note: '审查发现，待整改 (opened by the review)',
          evidence: null,
          actorLabel: actor.label,
          at: now,
        });
      }
      await appendAudit(
        trx as unknown as Kysely<Database>,
        {
          actor,
          organisationId: org.id,
          action: 'energy.review.create',
          entityType: 'energy_review',
          entityId: reviewId,
          after: { reviewDate, serial, editionApplied: result.editionApplied, score: result.score.total, verdict: result.verdict },
        },
        now,
      );
      return reviewId;
    });
    return getReview(id);
  };

  const toSummary = (row: ReviewRow | Omit<ReviewRow, 'snapshot' | 'result'>): EnergyReviewSummary => ({
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    reviewerName: row.reviewerName ?? null,
    reviewDate: row.reviewDate,
    serial: row.serial,
    editionRequested: row.editionRequested,
    editionApplied: row.editionApplied,
    score: row.score,
    verdict: row.verdict,
    failedFindings: Number(row.failedFindings ?? 0),
    openItems: Number(row.openItems ?? 0),
    actorLabel: row.actorLabel,
    createdAt: row.createdAt.toISOString(),
  });

  const listReviews = async (enterpriseId: string, page: number, pageSize: number) => {
    const { rows, total } = await listReviewRows(db, enterpriseId, (page - 1) * pageSize, pageSize);
    return { items: rows.map(toSummary), total };
  };

  const getReview = async (id: string): Promise<EnergyReview> => {
    const row = await findReviewRow(db, id);
    if (!row) throw notFound(id);
    const [findings, items] = await Promise.all([listFindingRows(db, id), listItemRows(db, id)]);
    const events = await listEventRows(
      db,
      items.map((i) => i.id),
    );
    const snapshot = row.snapshot as { placements: RegisterPlacement[]; reviewInput: unknown; request: unknown };
    return {
      ...toSummary(row),
      result: row.result as Gb17167ReviewResult,
      snapshot,
      findings: findings.map((f) => ({
        id: f.id,
        seq: f.seq,
        kind: f.kind,
        medium: f.medium as EnergyReview['findings'][number]['medium'],
        level: f.level as EnergyReview['findings'][number]['level'],
        required: f.required,
        installed: f.installed,
        rate: f.rate,
        limit: f.limitPct,
        verdict: f.verdict,
        instrumentCode: f.instrumentCode,
        clause: f.clause,
        text: f.text,
      })),
      rectifications: items.map((i) => ({
        id: i.id,
        reviewId: i.reviewId,
        findingId: i.findingId,
        enterpriseId: i.enterpriseId,
        seq: i.seq,
        problem: i.problem,
        requirement: i.requirement,
        status: i.status,
        dueOn: i.dueOn,
        evidence: i.evidence,
        closedAt: i.closedAt?.toISOString() ?? null,
        closedBy: i.closedBy,
        version: i.version,
        events: events
          .filter((e) => e.itemId === i.id)
          .map((e) => ({
            fromStatus: e.fromStatus,
            toStatus: e.toStatus,
            note: e.note,
            evidence: e.evidence,
            actorLabel: e.actorLabel,
            at: e.at.toISOString(),
          })),
      })),
    };
  };

  /** 能源计量审查报告 as DOCX (GB/T 9704 layout, documents/energy-review-report.template.ts). */
  const renderReport = async (id: string) => {
    const review = await getReview(id);
    const doc = buildEnergyReviewReport({ review });
    const content = await renderDocx(doc);
    return { filename: `能源计量审查报告-${review.enterpriseName}-${review.reviewDate}.docx`, content };
  };

  return { targetOf, reviewTargetOf, createReview, listReviews, getReview, renderReport };
};

export type EnergyReviewService = ReturnType<typeof createEnergyReviewService>;
