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
import { loadReadingSpan } from './quality.repository.ts';

type Setting = Awaited<ReturnType<QualityEvaluationService['loadSetting']>>;
type ReadingSpan = Awaited<ReturnType<typeof loadReadingSpan>>;
type EstimateRow = { ts: Date; value: number; method: string };

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

  /** The estimates (gap fills) of a point over (from, to], in time order; they are kept apart from the readings. */
  const loadEstimates = (pointId: string, from: Date, to: Date) =>
    db
      .selectFrom('estimatedValues')
      .selectAll()
      .where('pointId', '=', pointId)
      .where('ts', '>', from)
      .where('ts', '<=', to)
      .orderBy('ts')
      .execute();

  /**
   * A span's consumption and the share of it that is estimated: a step ending at an estimate is estimated. An
   * instantaneous register (a rate, not a counter) has no consumption: null.
   */
  const spanTotal = (setting: Setting, span: ReadingSpan, estimates: readonly EstimateRow[]) => {
    if (setting.context.registerKind === 'instantaneous') return null;
    // A reading that arrived after the fill wins over the estimate at its instant (a measurement is never replaced).
    const measuredAt = new Set(span.ts);
    const combined = combineMeasuredAndEstimated(
      span.ts.map((ts, i) => ({ ts, value: span.values[i]!, flags: 0 })),
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
      { previous: span.previous, swaps: setting.swaps },
    );
    return summariseEstimatedShare(
      steps.flatMap((s, i) =>
        s.consumption === null || s.consumption < 0 ? [] : [{ ts: s.ts, value: s.consumption, flags: combined[i]!.flags }],
      ),
    );
  };

  /** The total of a point over (from, to] (monthly report); an instantaneous point's readings are not even read. */
  const totalOf = async (pointId: string, from: Date, to: Date) => {
    const setting = await evaluation.loadSetting(pointId);
    if (setting.context.registerKind === 'instantaneous') return null;
    const [span, estimates] = await Promise.all([loadReadingSpan(db, pointId, from, to), loadEstimates(pointId, from, to)]);
    return spanTotal(setting, span, estimates);
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
    // One read of the day's readings and estimates serves both the list and the total.
    const [setting, span, flags, estimates] = await Promise.all([
      evaluation.loadSetting(pointId),
      loadReadingSpan(db, pointId, from, to),
      db
        .selectFrom('readingFlags')
        .select(['ts', 'flags'])
        .where('pointId', '=', pointId)
        .where('ts', '>', from)
        .where('ts', '<=', to)
        .execute(),
      loadEstimates(pointId, from, to),
    ]);
    const flagAt = new Map(flags.map((f) => [f.ts.getTime(), f.flags]));
    const list = [
      ...span.ts.map((ts, i) => ({
        ts: new Date(ts).toISOString(),
        value: span.values[i]!,
        flags: flagAt.get(ts) ?? 0,
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
      total: spanTotal(setting, span, estimates),
      evaluatedAt: row.evaluatedAt.toISOString(),
    };
  };

  return { heatmap, totalOf, getDay };
};
