import type { Kysely } from 'kysely';
import { QUALITY_FLAG_BITS } from '@jiliang/shared';
import {
  addDays,
  computeReadingSteps,
  combineMeasuredAndEstimated,
  scoreCredibility,
  startOfShanghaiDay,
  summariseEstimatedShare,
  type EstimatedValue,
  type QualityFinding,
} from '@jiliang/calc';
import type { Database } from '../../store/database.ts';
import type { QualityEvaluationService } from './quality-evaluation.service.ts';
import { DAY_MS, countsOf, type QualityMonthService } from './quality-month.service.ts';

/** The heatmap screen and its drill-down into one day of one point, with the point's consumption (issue 6 §4). */
export type QualityHeatmapService = ReturnType<typeof createQualityHeatmapService>;

export const createQualityHeatmapService = ({
  db,
  evaluation,
  month: { loadMonth },
}: {
  db: Kysely<Database>;
  evaluation: QualityEvaluationService;
  month: QualityMonthService;
}) => {
  const heatmap = async (enterpriseId: string, month: string) => {
    const { from, to, points, rows } = await loadMonth(enterpriseId, month);
    const days: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
    return {
      enterpriseId,
      month,
      days,
      points: points.map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        cells: rows
          .filter((r) => r.pointId === p.id)
          .map((r) => ({ day: r.day, completeness: r.completeness, score: r.score, flags: r.flags, readings: r.readingCount })),
      })),
    };
  };

  /** A span's consumption and the share of it that is estimated: a step ending at an estimate is estimated. */
  const totalOf = async (pointId: string, from: Date, to: Date) => {
    const setting = await evaluation.loadSetting(pointId);
    if (setting.context.registerKind === 'instantaneous') return null;
    const [readings, previous, estimates] = await Promise.all([
      db
        .selectFrom('readings')
        .select(['ts', 'value'])
        .where('pointId', '=', pointId)
        .where('ts', '>', from)
        .where('ts', '<=', to)
        .orderBy('ts')
        .execute(),
      db
        .selectFrom('readings')
        .select(['ts', 'value'])
        .where('pointId', '=', pointId)
        .where('ts', '<=', from)
        .orderBy('ts', 'desc')
        .limit(1)
        .executeTakeFirst(),
      db
        .selectFrom('estimatedValues')
        .selectAll()
        .where('pointId', '=', pointId)
        .where('ts', '>', from)
        .where('ts', '<=', to)
        .orderBy('ts')
        .execute(),
    ]);
    // A reading that arrived after the fill wins over the estimate at its instant (a measurement is never replaced).
    const measuredAt = new Set(readings.map((r) => r.ts.getTime()));
    const combined = combineMeasuredAndEstimated(
      readings.map((r) => ({ ts: r.ts.getTime(), value: r.value, flags: 0 })),
      estimates
        .filter((e) => !measuredAt.has(e.ts.getTime()))
        .map<EstimatedValue>((e) => ({
          ts: e.ts.getTime(),
          value: e.value,
          method: e.method as 'linear',
          flags: QUALITY_FLAG_BITS.estimated,
        })),
    );
    const steps = computeReadingSteps(
      combined.map(({ ts, value }) => ({ ts, value })),
      setting.context,
      { previous: previous ? { ts: previous.ts.getTime(), value: previous.value } : undefined, swaps: setting.swaps },
    );
    return summariseEstimatedShare(
      steps.flatMap((s, i) =>
        s.consumption === null || s.consumption < 0 ? [] : [{ ts: s.ts, value: s.consumption, flags: combined[i]!.flags }],
      ),
    );
  };

  /** Drill-down: one day of one point, its readings with their flags, the estimates beside them, and its total. */
  const getDay = async (pointId: string, day: string) => {
    const point = await evaluation.loadPoint(pointId);
    await evaluation.refresh([pointId], day, day);
    let row = await db
      .selectFrom('qualityEvaluations')
      .selectAll()
      .where('pointId', '=', pointId)
      .where('day', '=', day)
      .executeTakeFirst();
    if (!row) {
      await evaluation.evaluatePointDays(pointId, [day]);
      row = await db
        .selectFrom('qualityEvaluations')
        .selectAll()
        .where('pointId', '=', pointId)
        .where('day', '=', day)
        .executeTakeFirstOrThrow();
    }
    const from = startOfShanghaiDay(day);
    const to = new Date(from.getTime() + DAY_MS);
    const [readings, flags, estimates, total] = await Promise.all([
      db
        .selectFrom('readings')
        .select(['ts', 'value'])
        .where('pointId', '=', pointId)
        .where('ts', '>', from)
        .where('ts', '<=', to)
        .orderBy('ts')
        .execute(),
      db
        .selectFrom('readingFlags')
        .select(['ts', 'flags'])
        .where('pointId', '=', pointId)
        .where('ts', '>', from)
        .where('ts', '<=', to)
        .execute(),
      db.selectFrom('estimatedValues').selectAll().where('pointId', '=', pointId).where('ts', '>', from).where('ts', '<=', to).execute(),
      totalOf(pointId, from, to),
    ]);
    const flagAt = new Map(flags.map((f) => [f.ts.getTime(), f.flags]));
    const list = [
      ...readings.map((r) => ({
        ts: r.ts.toISOString(),
        value: r.value,
        flags: flagAt.get(r.ts.getTime()) ?? 0,
        estimated: false,
        method: null,
      })),
      ...estimates.map((e) => ({
        ts: e.ts.toISOString(),
        value: e.value,
        flags: QUALITY_FLAG_BITS.estimated,
        estimated: true,
        method: e.method,
      })),
    ].sort((a, b) => a.ts.localeCompare(b.ts));
    return {
      pointId,
      pointCode: point.code,
      unit: point.unit,
      day,
      completeness: row.completeness,
      expected: row.expected,
      received: row.received,
      flags: row.flags,
      findings: row.findings as QualityFinding[],
      skipped: row.skipped as { rule: string; reason: string }[],
      credibility: scoreCredibility(countsOf({ ...row, day: String(row.day) })),
      readings: list,
      total,
      evaluatedAt: row.evaluatedAt.toISOString(),
    };
  };

  return { heatmap, totalOf, getDay };
};
