import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type FieldIssue, type MonthlyFigure, type MonthlyFigureInput } from '@jiliang/shared';
import { addDays, addMonths, toShanghaiDate } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { findCurrentMonthlyFigure, insertMonthlyFigure, listMonthlyFigures, type MonthlyFigureRow } from './monthly-figure.repository.ts';
import { markDirty, type PointDay } from './quality.repository.ts';

/**
 * 月报数据 (issue 6, rule 9; STANDARDS §3: daily and monthly report data agree within 5 %): a point's separately
 * reported monthly value, kept with its source and evidence. A new figure for the same point and month supersedes the
 * current one, which stays (never overwritten), and must say why. Storing one marks every day of the point-month for
 * re-evaluation, in the same transaction.
 */
export type MonthlyFigureService = ReturnType<typeof createMonthlyFigureService>;

const invalid = (message: string, issue: FieldIssue) =>
  new AppError('VALIDATION_FAILED', `${message} (${issue.field}: ${issue.rule})`, [issue]);

const toFigure = (r: MonthlyFigureRow): MonthlyFigure => ({
  id: r.id,
  pointId: r.pointId,
  pointCode: r.pointCode,
  pointName: r.pointName,
  month: String(r.month).slice(0, 7),
  value: r.value,
  unit: r.unit,
  source: r.source,
  evidence: r.evidence,
  reason: r.reason,
  supersededBy: r.supersededBy,
  actorLabel: r.actorLabel,
  createdAt: r.createdAt.toISOString(),
  dailySum: r.dailySum === null ? null : Number(r.dailySum),
});

export const createMonthlyFigureService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  /** The point named by id or code, a counting point of this enterprise. */
  const resolvePoint = async (enterpriseId: string, input: MonthlyFigureInput) => {
    const field = input.pointId === undefined ? 'pointCode' : 'pointId';
    let q = db.selectFrom('points').select(['id', 'code', 'unit', 'registerKind']).where('enterpriseId', '=', enterpriseId);
    q = input.pointId === undefined ? q.where('code', '=', input.pointCode ?? '') : q.where('id', '=', input.pointId);
    const point = await q.executeTakeFirst();
    if (!point)
      throw invalid(`测点不属于本企业 (no such point of this enterprise)`, {
        field,
        rule: 'a point of this enterprise',
        message: input.pointId ?? input.pointCode ?? '',
      });
    if (point.registerKind === 'instantaneous')
      throw invalid(`瞬时量测点没有月用量 (an instantaneous point has no monthly consumption)`, {
        field,
        rule: 'a counting point (cumulative or interval): rule 9 compares consumption, STANDARDS §3',
        message: point.code,
      });
    return point;
  };

  const listFigures = async (enterpriseId: string, query: { month?: string; pointId?: string } = {}) =>
    (
      await listMonthlyFigures(db, enterpriseId, {
        ...(query.month ? { month: `${query.month}-01` } : {}),
        ...(query.pointId ? { pointId: query.pointId } : {}),
      })
    ).map(toFigure);

  /** Stores a figure (superseding the current one of its point and month, with a reason) and marks the month's days. */
  const addFigure = async (actor: AuditActor, enterpriseId: string, input: MonthlyFigureInput): Promise<MonthlyFigure> => {
    const point = await resolvePoint(enterpriseId, input);
    const now = clock.now();
    const month = `${input.month}-01`;
    if (month > toShanghaiDate(now))
      throw invalid('月报数据的月份不得晚于本月 (month in the future)', {
        field: 'month',
        rule: 'not after the current month (Asia/Shanghai)',
        message: input.month,
      });
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      const current = await findCurrentMonthlyFigure(trx, point.id, month);
      if (current && !input.reason)
        throw invalid(`${point.code} ${input.month} 已有月报数据，替换须说明原因 (a figure exists: say why it is replaced)`, {
          field: 'reason',
          rule: 'required when superseding the current figure of the month (kept, never overwritten)',
          message: `current: ${current.value} ${current.unit}`,
        });
      await insertMonthlyFigure(
        trx,
        {
          id,
          pointId: point.id,
          month,
          value: input.value,
          unit: point.unit,
          source: input.source,
          evidence: input.evidence,
          reason: input.reason ?? null,
          actorLabel: actor.label,
          createdAt: now,
        },
        current?.id,
      );
      await appendAudit(
        trx,
        {
          actor,
          organisationId: enterpriseId,
          action: 'quality.monthly_figure',
          entityType: 'point',
          entityId: point.id,
          before: current ? { id: current.id, value: current.value, source: current.source, evidence: current.evidence } : undefined,
          after: { id, ...input },
        },
        now,
      );
      // Rule 9 of every day of the month compares against this figure now.
      const days: PointDay[] = [];
      for (let day = month; day < addMonths(month, 1); day = addDays(day, 1)) days.push({ pointId: point.id, day });
      await markDirty(trx, days, now);
    });
    const [figure] = await listMonthlyFigures(db, enterpriseId, { id });
    return toFigure(figure!);
  };

  return { listFigures, addFigure };
};
