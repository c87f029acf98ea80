import type { Kysely } from 'kysely';
import { AppError } from '@jiliang/shared';
import { addYears, getLatestAcceptanceApplicationDate, type CalendarDate, type LifecycleEffect } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';
import {
  HUBEI_PROVINCE_ISSUER,
  buildApprovalDocument,
  buildAssessmentReport,
  buildEstablishmentNotice,
  buildPreparationTaskBook,
  buildRectificationNotice,
  formatDocNumber,
  renderDocx,
  renderPdf,
  type AssessmentRound,
  type DocNumber,
  type InstitutionParty,
  type OfficialDocument,
  type ScoreItem,
} from '../documents/index.ts';
import type { AssessmentService } from './assessment.service.ts';
import type { CaseRow } from './institution.repository.ts';
import { DEFAULT_TASKS } from './task-book-defaults.ts';

/**
 * The documents a lifecycle step issues (the `issue_document` effects of packages/calc): built from
 * what the case holds, numbered 鄂市监量〔year〕N号 from one counter per year, rendered as DOCX and PDF
 * and stored with the step, inside the step's transaction.
 */
export type IssueContext = {
  row: CaseRow;
  event: string;
  fromState: string;
  eventSeq: number;
  today: CalendarDate;
  facts: Record<string, unknown>;
  score?: number;
  preparationDeadline?: CalendarDate;
  /** CM-15: the meetings as the panel recorded them (defaults when left empty). */
  meetingNotes?: { opening?: string; onSiteCheck?: string; collectiveReview?: string; unitOpinion?: string };
  at: Date;
};

export const createCaseDocumentsService = ({ fontDir, assessment }: { fontDir?: string; assessment: AssessmentService }) => {
  /** One counter per agency code and year: document numbers and certificate numbers never repeat. */
  const nextSerial = async (trx: Kysely<Database>, agency: string, year: number): Promise<number> => {
    const row = await trx
      .insertInto('documentSerials')
      .values({ agency, year, lastSerial: 1 })
      .onConflict((oc) => oc.columns(['agency', 'year']).doUpdateSet((eb) => ({ lastSerial: eb('documentSerials.lastSerial', '+', 1) })))
      .returning('lastSerial')
      .executeTakeFirstOrThrow();
    return row.lastSerial;
  };

  const nextDocNumber = async (trx: Kysely<Database>, year: number): Promise<DocNumber> => ({
    agency: HUBEI_PROVINCE_ISSUER.agency,
    year,
    serial: await nextSerial(trx, HUBEI_PROVINCE_ISSUER.agency, year),
  });

  /** CM-18 / BM-19: the certificate number issued with establishment, e.g. 鄂碳计量中心证字〔2026〕第3号. */
  const nextCertificateNumber = async (trx: Kysely<Database>, type: CaseRow['institutionType'], year: number): Promise<string> => {
    const agency = type === 'carbon_metrology_centre' ? '鄂碳计量中心证字' : '鄂计量数据基地证字';
    return `${agency}〔${year}〕第${await nextSerial(trx, agency, year)}号`;
  };

  const partyOf = async (trx: Kysely<Database>, row: CaseRow): Promise<InstitutionParty> => {
    const coBuilders = await trx
      .selectFrom('institutionCoBuilders')
      .innerJoin('organisations', 'organisations.id', 'institutionCoBuilders.organisationId')
      .select('organisations.name')
      .where('institutionCoBuilders.caseId', '=', row.id)
      .execute();
    const org = await trx
      .selectFrom('organisations')
      .select(['name', 'regionCode'])
      .where('id', '=', row.organisationId)
      .executeTakeFirstOrThrow();
    const bureau = org.regionCode
      ? await trx
          .selectFrom('organisations')
          .select('name')
          .where('kind', '=', 'local_bureau')
          .where('regionCode', '=', org.regionCode)
          .executeTakeFirst()
      : undefined;
    return {
      institutionType: row.institutionType,
      institutionName: org.name,
      applicantName: org.name,
      coBuilders: coBuilders.map((c) => c.name),
      route: row.isDirectApplicant ? 'direct' : 'local_bureau',
      localBureau: bureau?.name,
    };
  };

  const panelOf = async (trx: Kysely<Database>, caseId: string) => {
    const panel = await trx
      .selectFrom('expertPanels')
      .selectAll()
      .where('caseId', '=', caseId)
      .where('purpose', '=', 'acceptance_assessment')
      .orderBy('createdAt', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!panel) return undefined;
    const members = await trx
      .selectFrom('panelMembers')
      .innerJoin('users', 'users.id', 'panelMembers.userId')
      .innerJoin('memberships', (j) => j.onRef('memberships.userId', '=', 'users.id').on('memberships.role', '=', 'expert'))
      .innerJoin('organisations', 'organisations.id', 'memberships.organisationId')
      .select(['users.id', 'users.displayName', 'organisations.name'])
      .where('panelMembers.panelId', '=', panel.id)
      .execute();
    const toMember = (m: (typeof members)[number]) => ({ name: m.displayName, affiliation: m.name, title: '评审专家' });
    const leader = members.find((m) => m.id === panel.leaderUserId);
    return leader ? { leader: toMember(leader), members: members.filter((m) => m.id !== panel.leaderUserId).map(toMember) } : undefined;
  };

  const scoreItemsOf = async (trx: Kysely<Database>, row: CaseRow, round: number, score: number): Promise<ScoreItem[]> => {
    const sheets = await trx.selectFrom('scoringSheets').select('scores').where('caseId', '=', row.id).where('round', '=', round).execute();
    const { items } = await assessment.getTemplate(row.institutionType, trx);
    if (sheets.length === 0) {
      // No member sheets: the team leader recorded the total alone; the report says so instead of inventing a breakdown.
      return [{ name: '综合评分（组长确定）', weight: 100, score, remark: '未提交分项评分表' }];
    }
    return items.map((item) => ({
      name: item.title,
      weight: item.weight,
      score: Math.round((sheets.reduce((sum, s) => sum + (s.scores[item.code] ?? 0), 0) / sheets.length) * 10) / 10,
    }));
  };

  const buildDocument = async (
    trx: Kysely<Database>,
    kind: string,
    ctx: IssueContext,
    numbers: Map<string, DocNumber>,
  ): Promise<OfficialDocument> => {
    const { row, today } = ctx;
    const party = await partyOf(trx, row);
    const issue = { serial: numbers.get(kind)?.serial ?? 0, date: today };
    const deadline = ctx.preparationDeadline ?? addYears(today, 3);
    const previous = await trx
      .selectFrom('institutionDocuments')
      .select(['kind', 'docNumber'])
      .where('caseId', '=', row.id)
      .orderBy('createdAt')
      .execute();
    const scores = await trx
      .selectFrom('institutionEvents')
      .select(['payload', 'at'])
      .where('caseId', '=', row.id)
      .where('event', '=', 'record_score')
      .orderBy('seq')
      .execute();
    switch (kind) {
      case 'approval_document':
        return buildApprovalDocument({
          issue,
          party,
          expertReview: { onSiteCheckOn: today },
          deliberation: { body: '省局局务会', on: today },
          preparationDeadline: deadline,
          taskBookDocNumber: numbers.get('preparation_task_book'),
        });
      case 'preparation_task_book': {
        const defaults = DEFAULT_TASKS[row.institutionType];
        return buildPreparationTaskBook({
          issue,
          party,
          approvalDocNumber: numbers.get('approval_document') ?? {
            agency: HUBEI_PROVINCE_ISSUER.agency,
            year: Number(today.slice(0, 4)),
            serial: issue.serial,
          },
          approvedOn: today,
          preparationDeadline: deadline,
          acceptanceApplicationDeadline: getLatestAcceptanceApplicationDate(deadline),
          serviceField: defaults.serviceField,
          goals: defaults.goals,
          tasks: defaults.tasks(today),
        });
      }
      case 'assessment_report': {
        const round: AssessmentRound =
          ctx.fromState === 'rescoring' ? 'after_rectification' : ctx.fromState === 'reassessment' ? 'reassessment' : 'first';
        const score = ctx.score ?? 0;
        const sampleRound = await trx
          .selectFrom('samplingDraws')
          .selectAll()
          .where('caseId', '=', row.id)
          .orderBy('round', 'desc')
          .limit(1)
          .executeTakeFirst();
        const population = sampleRound?.population as { verificationCalibration: string[]; keyParameter: string[] } | undefined;
        const drawn = sampleRound?.drawn as { verificationCalibration: string[]; keyParameter: string[] } | undefined;
        const panel = await panelOf(trx, row.id);
        const notes = ctx.meetingNotes;
        if (!panel)
          throw new AppError('LIFECYCLE_RULE', '验收评审报告需要考核组（CM-14）(an assessment report needs the assessment panel)', {
            article: 'CM-14',
          });
        const previousScore =
          scores.length >= 2 ? Number((scores[scores.length - 2]?.payload as { facts?: { score?: number } }).facts?.score) : undefined;
        const notice = previous.filter((d) => d.kind === 'rectification_notice').at(-1);
        return buildAssessmentReport({
          issue,
          party,
          round,
          onSiteReview: { from: today, to: today },
          panel,
          meetings: {
            opening: notes?.opening || '听取了筹建工作总结报告，明确了现场核查的重点内容',
            onSiteCheck: notes?.onSiteCheck || '考核组按评分表逐项核查了技术能力、管理体系和建设任务完成情况',
            collectiveReview: notes?.collectiveReview || undefined,
            unitOpinion: notes?.unitOpinion || '被考核单位对考核结果无异议',
          },
          sampling:
            row.institutionType === 'carbon_metrology_centre' && sampleRound && population && drawn
              ? {
                  share: Number(sampleRound.share),
                  seed: sampleRound.seed,
                  verificationCalibration: { registered: population.verificationCalibration.length, drawn: drawn.verificationCalibration },
                  keyParameter: { registered: population.keyParameter.length, drawn: drawn.keyParameter },
                }
              : undefined,
          scoring: { items: await scoreItemsOf(trx, row, scores.length, score) },
          rectificationDueOn: round === 'first' && score < 80 ? (ctx.facts.rectificationDueOn as CalendarDate | undefined) : undefined,
          previousScore: round === 'after_rectification' ? previousScore : undefined,
          rectificationNotice: round === 'reassessment' && notice ? parseDocNumber(notice.docNumber) : undefined,
        });
      }
      case 'rectification_notice': {
        const [first, second] = scores
          .slice(-2)
          .map((s) => ({ score: Number((s.payload as { facts?: { score?: number } }).facts?.score), on: s.at.toISOString().slice(0, 10) }));
        return buildRectificationNotice({
          issue,
          party,
          assessment: {
            firstScore: first?.score ?? 0,
            assessedOn: first?.on ?? today,
            rescore: second?.score ?? 0,
            rescoredOn: second?.on ?? today,
          },
          findings: [
            {
              item: '验收考核',
              problem: `现场考核及限期整改后复评得分均低于80分`,
              requirement: '对照验收评审报告逐项整改，并书面报告整改情况',
            },
          ],
          rectificationDeadline: ctx.facts.rectificationNoticeDueOn as CalendarDate,
        });
      }
      case 'establishment_notice': {
        const last = scores.at(-1);
        const report = previous.filter((d) => d.kind === 'assessment_report').at(-1);
        return buildEstablishmentNotice({
          issue,
          party,
          assessment: {
            passedOn: last ? last.at.toISOString().slice(0, 10) : today,
            score: Number((last?.payload as { facts?: { score?: number } } | undefined)?.facts?.score ?? 80),
            reportDocNumber: report ? parseDocNumber(report.docNumber) : undefined,
          },
          certificateNumber: String(ctx.facts.certificateNumber ?? ''),
          firstReReviewBy: addYears(today, 5),
        });
      }
      default:
        throw new Error(`unknown document kind ${kind}`);
    }
  };

  /** Issue every document the step's effects ask for; returns their numbers for the timeline. */
  const issueDocuments = async (
    trx: Kysely<Database>,
    ctx: IssueContext,
    effects: readonly LifecycleEffect[],
  ): Promise<{ kind: string; docNumber: string }[]> => {
    const kinds = effects.flatMap((e) => (e.kind === 'issue_document' ? [e.document] : []));
    const year = Number(ctx.today.slice(0, 4));
    const numbers = new Map<string, DocNumber>();
    for (const kind of kinds) numbers.set(kind, await nextDocNumber(trx, year));
    const issued: { kind: string; docNumber: string }[] = [];
    for (const kind of kinds) {
      const document = await buildDocument(trx, kind, ctx, numbers);
      const [docx, pdf] = await Promise.all([renderDocx(document), renderPdf(document, { fontDir })]);
      const docNumber = formatDocNumber(numbers.get(kind) as DocNumber);
      await trx
        .insertInto('institutionDocuments')
        // The title's line breaks are layout only (GB/T 9704-2012 7.3.3); stored and listed as one line.
        .values({
          caseId: ctx.row.id,
          eventSeq: ctx.eventSeq,
          kind,
          docNumber,
          title: document.title.replace(/\n/g, ''),
          docx,
          pdf,
          createdAt: ctx.at,
        })
        .execute();
      issued.push({ kind, docNumber });
    }
    return issued;
  };

  return { issueDocuments, nextCertificateNumber };
};

/** '鄂市监量〔2026〕7号' → its parts. */
const parseDocNumber = (text: string): DocNumber => {
  const match = /^(.+)〔(\d{4})〕(\d+)号$/.exec(text);
  if (!match) throw new Error(`not a document number: ${text}`);
  return { agency: match[1] ?? '', year: Number(match[2]), serial: Number(match[3]) };
};
