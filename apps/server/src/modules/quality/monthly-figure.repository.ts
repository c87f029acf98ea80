import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * Typed SQL of 月报数据 (monthly_figures, 0010_monthly_figures.sql), no rules: the current figure of a point and
 * month, superseding, the list with history and the daily sums beside it, and the marks a finished month needs.
 * Months are stored as their first day.
 */
type Db = Kysely<Database>;

export type MonthlyFigureRow = Awaited<ReturnType<typeof listMonthlyFigures>>[number];

export const findCurrentMonthlyFigure = (db: Db, pointId: string, month: string) =>
  db
    .selectFrom('monthlyFigures')
    .selectAll()
    .where('pointId', '=', pointId)
    .where('month', '=', month)
    .where('supersededBy', 'is', null)
    .executeTakeFirst();

/** The current figures of a point over [fromMonth, toMonth] (first days of months). */
export const listCurrentMonthlyFigures = (db: Db, pointId: string, fromMonth: string, toMonth: string) =>
  db
    .selectFrom('monthlyFigures')
    .select(['month', 'value', 'unit'])
    .where('pointId', '=', pointId)
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .where('supersededBy', 'is', null)
    .execute();

/** Inserts a figure; the current one, if given, is marked superseded by it first (the reference is checked at commit). */
export const insertMonthlyFigure = async (
  trx: Db,
  row: {
    id: string;
    pointId: string;
    month: string;
    value: number;
    unit: string;
    source: 'monthly_report' | 'bill' | 'other';
    evidence: string;
    reason: string | null;
    actorLabel: string;
    createdAt: Date;
  },
  supersedes: string | undefined,
) => {
  if (supersedes) await trx.updateTable('monthlyFigures').set({ supersededBy: row.id }).where('id', '=', supersedes).execute();
  await trx
    .insertInto('monthlyFigures')
    .values({ ...row, supersededBy: null })
    .execute();
};

/** Every figure of an enterprise's points (current and superseded), with the month's daily sum from rollups_day. */
export const listMonthlyFigures = (db: Db, enterpriseId: string, filter: { month?: string; pointId?: string; id?: string }) => {
  let q = db
    .selectFrom('monthlyFigures as f')
    .innerJoin('points as p', 'p.id', 'f.pointId')
    .select([
      'f.id',
      'f.pointId',
      'p.code as pointCode',
      'p.name as pointName',
      'f.month',
      'f.value',
      'f.unit',
      'f.source',
      'f.evidence',
      'f.reason',
      'f.supersededBy',
      'f.actorLabel',
      'f.createdAt',
      sql<number | null>`(SELECT sum(d.consumption) FROM rollups_day d
        WHERE d.point_id = f.point_id AND d.bucket >= f.month AND d.bucket < (f.month + interval '1 month')::date)`.as('dailySum'),
    ])
    .where('p.enterpriseId', '=', enterpriseId);
  if (filter.month) q = q.where('f.month', '=', filter.month);
  if (filter.pointId) q = q.where('f.pointId', '=', filter.pointId);
  if (filter.id) q = q.where('f.id', '=', filter.id);
  // The current figure first, then its history, latest first.
  return q
    .orderBy('f.month', 'desc')
    .orderBy('p.code')
    .orderBy(sql`f.superseded_by IS NULL`, 'desc')
    .orderBy('f.createdAt', 'desc')
    .execute();
};

/**
 * Marks the evaluated days of a month that ended after they were evaluated, for points with a current figure of
 * that month: rule 9 waits for the month's end ('month not over'), so its days are judged again once it is over.
 * An evaluation made after the month's end (Shanghai midnight) is not marked again.
 */
export const markFinishedMonths = async (db: Db, pointIds: readonly string[], now: Date): Promise<void> => {
  if (pointIds.length === 0) return;
  await sql`
    INSERT INTO quality_dirty (point_id, day, marked_at)
    SELECT e.point_id, e.day, ${now}::timestamptz
    FROM quality_evaluations e
    JOIN monthly_figures f ON f.point_id = e.point_id AND f.superseded_by IS NULL AND f.month = date_trunc('month', e.day)::date
    CROSS JOIN LATERAL (SELECT (f.month + interval '1 month')::date::timestamp AT TIME ZONE 'Asia/Shanghai' AS ended) m
    WHERE e.point_id IN (${sql.join(pointIds)}) AND m.ended <= ${now}::timestamptz AND e.evaluated_at < m.ended
    ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at`.execute(db);
};
