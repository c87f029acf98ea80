import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type InstitutionType } from '@jiliang/shared';
import {
  DEFAULT_SCORING_TEMPLATES,
  checkScoringTemplate,
  drawSample,
  proposeScore,
  scoreSheet,
  type ScoringItem,
  type ScoringTemplate,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { findCaseByOrganisation, findLatestPanel } from './institution.repository.ts';

export type SamplingPopulation = { verificationCalibration: string[]; keyParameter: string[] };

/** States in which the acceptance panel scores (CM-15..CM-17 / BM-16..BM-18). */
const SCORING_STATES = ['assessment', 'rescoring', 'reassessment'] as const;
/** States whose score needs a fresh random draw for centres (CM-15; CM-17 re-assessment too). */
const SAMPLING_STATES = ['assessment', 'reassessment'] as const;

export type AssessmentService = ReturnType<typeof createAssessmentService>;

export const createAssessmentService = ({
  db,
  clock,
  samplingPopulation,
}: {
  db: Kysely<Database>;
  clock: Clock;
  /** CM-15: the institution's registered capabilities (issue 4), the population the sample is drawn from. */
  samplingPopulation?: (organisationId: string) => Promise<SamplingPopulation>;
}) => {
  type EditableTemplate = { institutionType: InstitutionType; items: ScoringItem[] };

  /** The Province's sheet, or our default (CM-16). `conn`: the caller's transaction, if inside one (PGlite has one connection). */
  const getTemplate = async (institutionType: InstitutionType, conn: Kysely<Database> = db): Promise<EditableTemplate> => {
    const row = await conn.selectFrom('scoringTemplates').select('items').where('institutionType', '=', institutionType).executeTakeFirst();
    return { institutionType, items: row ? (row.items as ScoringItem[]) : [...DEFAULT_SCORING_TEMPLATES[institutionType].items] };
  };

  const updateTemplate = async (actor: AuditActor, institutionType: InstitutionType, items: ScoringItem[]): Promise<EditableTemplate> => {
    const template: ScoringTemplate & EditableTemplate = { institutionType, items };
    const check = checkScoringTemplate(template);
    if (!check.ok)
      throw new AppError('VALIDATION_FAILED', `${check.message} (${check.messageEn}; ${check.article})`, [
        { field: 'items', rule: `${check.rule} (${check.article})`, message: check.messageEn },
      ]);
    const before = await getTemplate(institutionType);
    await db.transaction().execute(async (trx) => {
      const now = clock.now();
      await trx
        .insertInto('scoringTemplates')
        .values({ institutionType, items: JSON.stringify(items), updatedAt: now })
        .onConflict((oc) => oc.column('institutionType').doUpdateSet({ items: JSON.stringify(items), updatedAt: now }))
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: null,
          action: 'scoring_template.update',
          entityType: 'scoring_template',
          entityId: institutionType,
          before,
          after: template,
        },
        now,
      );
    });
    return template;
  };

  const getCase = async (organisationId: string) => {
    const row = await findCaseByOrganisation(db, organisationId);
    if (!row)
      throw new AppError('NOT_FOUND', `该机构尚未提出申请 (no lifecycle case for organisation ${organisationId})`, { organisationId });
    return row;
  };

  /** A round is one scoring; it advances with every recorded score. */
  const getRound = async (caseId: string, conn: Kysely<Database> = db): Promise<number> => {
    const row = await conn
      .selectFrom('institutionEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('caseId', '=', caseId)
      .where('event', '=', 'record_score')
      .executeTakeFirstOrThrow();
    return Number(row.n) + 1;
  };

  const getScoring = async (organisationId: string) => {
    const row = await getCase(organisationId);
    const round = await getRound(row.id);
    const [template, sheets, draw] = await Promise.all([
      getTemplate(row.institutionType),
      db.selectFrom('scoringSheets').selectAll().where('caseId', '=', row.id).where('round', '=', round).orderBy('submittedAt').execute(),
      db.selectFrom('samplingDraws').selectAll().where('caseId', '=', row.id).where('round', '=', round).executeTakeFirst(),
    ]);
    const totals = sheets.map((s) => Number(s.total));
    return {
      round,
      template,
      sheets: sheets.map((s) => ({
        memberUserId: s.memberUserId,
        scores: s.scores,
        total: Number(s.total),
        submittedAt: s.submittedAt.toISOString(),
      })),
      sampling: draw
        ? {
            share: Number(draw.share),
            seed: draw.seed,
            population: draw.population as SamplingPopulation,
            drawn: draw.drawn as SamplingPopulation,
            drawnAt: draw.drawnAt.toISOString(),
            actorLabel: draw.actorLabel,
          }
        : null,
      proposedScore: proposeScore(totals) ?? null,
    };
  };

  const assertScoringState = (state: string, states: readonly string[], article: string) => {
    if (!states.includes(state)) {
      throw new AppError('LIFECYCLE_NOT_ALLOWED', `当前阶段不能评分或抽样 (not while the case is ${state}; ${article})`, {
        state,
        article,
      });
    }
  };

  /** CM-14 / BM-15: a member of the acceptance panel submits (or revises, audited) their sheet for the round. */
  const submitSheet = async (actor: AuditActor, organisationId: string, scores: Record<string, number>) => {
    const row = await getCase(organisationId);
    const article = row.institutionType === 'carbon_metrology_centre' ? 'CM-14' : 'BM-15';
    assertScoringState(row.state, SCORING_STATES, article);
    const panel = await findLatestPanel(db, row.id, ['acceptance_assessment']);
    const isMember =
      panel &&
      (await db
        .selectFrom('panelMembers')
        .select('userId')
        .where('panelId', '=', panel.id)
        .where('userId', '=', actor.userId ?? '')
        .executeTakeFirst());
    if (!isMember)
      throw new AppError('FORBIDDEN', `只有验收考核组成员可以评分 (only members of the assessment panel score; ${article})`, { article });
    const template = await getTemplate(row.institutionType);
    const result = scoreSheet(template, scores);
    if (!result.ok)
      throw new AppError('VALIDATION_FAILED', `${result.message} (${result.messageEn}; ${result.article})`, [
        { field: 'scores', rule: `${result.rule} (${result.article})`, message: result.messageEn },
      ]);
    const round = await getRound(row.id);
    await db.transaction().execute(async (trx) => {
      const now = clock.now();
      const before = await trx
        .selectFrom('scoringSheets')
        .select(['scores', 'total'])
        .where('caseId', '=', row.id)
        .where('round', '=', round)
        .where('memberUserId', '=', actor.userId ?? '')
        .executeTakeFirst();
      await trx
        .insertInto('scoringSheets')
        .values({
          caseId: row.id,
          round,
          memberUserId: actor.userId ?? '',
          scores: JSON.stringify(scores),
          total: result.total,
          submittedAt: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['caseId', 'round', 'memberUserId'])
            .doUpdateSet({ scores: JSON.stringify(scores), total: result.total, submittedAt: now }),
        )
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId,
          action: before ? 'scoring_sheet.revise' : 'scoring_sheet.submit',
          entityType: 'scoring_sheet',
          entityId: `${row.id}/${round}`,
          before,
          after: { scores, total: result.total },
        },
        now,
      );
    });
    return getScoring(organisationId);
  };

  /** CM-15: draw the random sample once per round; the share and the seed are recorded so anyone can redraw it. */
  const drawSampling = async (
    actor: AuditActor,
    organisationId: string,
    input: { share: number; seed?: string; population?: SamplingPopulation },
    options: { isProvince: boolean },
  ) => {
    const row = await getCase(organisationId);
    if (row.institutionType !== 'carbon_metrology_centre') {
      throw new AppError('LIFECYCLE_RULE', '随机抽查仅适用于碳计量中心 (random sampling binds carbon metrology centres only; CM-15)', {
        article: 'CM-15',
      });
    }
    assertScoringState(row.state, SAMPLING_STATES, 'CM-15');
    const panel = await findLatestPanel(db, row.id, ['acceptance_assessment']);
    if (!options.isProvince && panel?.leaderUserId !== actor.userId)
      throw new AppError('FORBIDDEN', '只有考核组组长或省局可以组织抽查 (the team leader or the Province draws; CM-14, CM-15)');
    const clean = (items: string[]) => [...new Set(items.map((p) => p.trim()).filter(Boolean))];
    // Without a typed list, the sample is drawn from the capabilities register (CM-15).
    const source =
      input.population ??
      (samplingPopulation ? await samplingPopulation(organisationId) : { verificationCalibration: [], keyParameter: [] });
    const population = {
      verificationCalibration: clean(source.verificationCalibration),
      keyParameter: clean(source.keyParameter),
    };
    if (population.verificationCalibration.length === 0 || population.keyParameter.length === 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        '请登记或列出可供抽查的检定/校准项目和关键参数测量项目 (both populations are needed; CM-15)',
        [{ field: 'population', rule: 'CM-15: verification/calibration items and key-parameter items', message: 'empty' }],
      );
    }
    const round = await getRound(row.id);
    const existing = await db
      .selectFrom('samplingDraws')
      .select('seed')
      .where('caseId', '=', row.id)
      .where('round', '=', round)
      .executeTakeFirst();
    if (existing)
      throw new AppError('CONFLICT', `本轮已抽查（种子 ${existing.seed}），不得重抽 (this round's sample was already drawn; CM-15)`, {
        seed: existing.seed,
      });
    const seed = input.seed ?? randomBytes(8).toString('hex');
    // Each kind of item is drawn on its own, from the same seed (CM-15: 检定校准项目和关键参数测量项目).
    const drawn = {
      verificationCalibration: drawSample(population.verificationCalibration, input.share, `${seed}/verification-calibration`),
      keyParameter: drawSample(population.keyParameter, input.share, `${seed}/key-parameter`),
    };
    await db.transaction().execute(async (trx) => {
      const now = clock.now();
      await trx
        .insertInto('samplingDraws')
        .values({
          caseId: row.id,
          round,
          share: input.share,
          seed,
          population: JSON.stringify(population),
          drawn: JSON.stringify(drawn),
          drawnAt: now,
          actorLabel: actor.label,
        })
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId,
          action: 'sampling.draw',
          entityType: 'sampling_draw',
          entityId: `${row.id}/${round}`,
          after: { share: input.share, seed, population, drawn },
          detail: { article: 'CM-15' },
        },
        now,
      );
    });
    return getScoring(organisationId);
  };

  /** What record_score needs from the panel's work: the proposed score and whether this round's sample exists. */
  const getScoringFacts = async (caseId: string, conn: Kysely<Database> = db) => {
    // Called inside the caller's transaction (`conn`): on PGlite another connection would wait for it forever.
    const round = await getRound(caseId, conn);
    const [sheets, draw] = await Promise.all([
      conn.selectFrom('scoringSheets').select('total').where('caseId', '=', caseId).where('round', '=', round).execute(),
      conn.selectFrom('samplingDraws').select('seed').where('caseId', '=', caseId).where('round', '=', round).executeTakeFirst(),
    ]);
    return { proposedScore: proposeScore(sheets.map((s) => Number(s.total))), samplingRecorded: draw !== undefined };
  };

  return { getTemplate, updateTemplate, getScoring, submitSheet, drawSampling, getScoringFacts };
};
