import type { Kysely } from 'kysely';
import { AppError, QUALITY_FLAG_BITS, type QualityRule } from '@jiliang/shared';
import {
  addDays,
  addMonths,
  computeReadingSteps,
  combineMeasuredAndEstimated,
  getDaysInMonth,
  scoreCredibility,
  startOfShanghaiDay,
  sumCredibilityCounts,
  summariseEstimatedShare,
  toShanghaiDate,
  type CredibilityCounts,
  type EstimatedValue,
  type QualityFinding,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import type { QualityEvaluationService } from './quality-evaluation.service.ts';

/**
 * What the quality screens read (issue 6 §4–5): the heatmap, the issue list, a day's readings with flags and
 * estimates, credibility with its parts, the monthly report and an institution's trend. Every read refreshes
 * the dirty point-days it covers first (evaluation.refresh).
 */
export type QualityReadService = ReturnType<typeof createQualityReadService>;

type EvaluationRow = {
  pointId: string;
  day: string;
  expected: number;
  received: number;
  readingCount: number;
  validReadings: number;
  calibrationChecked: number;
  calibratedReadings: number;
  balanceChecks: number;
  balanceClosureSum: number;
};
type Finding = { rule: QualityRule; ts: number | null; message: string; source: string };

export const countsOf = (e: EvaluationRow): CredibilityCounts => ({
  expected: e.expected,
  received: e.received,
  readings: e.readingCount,
  validReadings: e.validReadings,
  calibrationChecked: e.calibrationChecked,
  calibratedReadings: e.calibratedReadings,
  balanceChecks: e.balanceChecks,
  balanceClosureSum: e.balanceClosureSum,
});

export const monthSpan = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = `${month}-01`;
  return { from, to: `${month}-${String(getDaysInMonth(y, m)).padStart(2, '0')}` };
};

const DAY_MS = 86_400_000;

export const createQualityReadService = ({
  db,
  clock,
  evaluation,
}: {
  db: Kysely<Database>;
  clock: Clock;
  evaluation: QualityEvaluationService;
}) => {
  const pointsOf = (enterpriseId: string) =>
    db
      .selectFrom('points')
      .select(['id', 'code', 'name', 'unit', 'registerKind'])
      .where('enterpriseId', '=', enterpriseId)
      .orderBy('code')
      .execute();

  const loadMonth = async (enterpriseId: string, month: string, pointId?: string) => {
    const { from, to } = monthSpan(month);
    const points = (await pointsOf(enterpriseId)).filter((p) => !pointId || p.id === pointId);
    await evaluation.refresh(
      points.map((p) => p.id),
      from,
      to,
    );
    const rows = points.length
      ? await db
          .selectFrom('qualityEvaluations')
          .selectAll()
          .where(
            'pointId',
            'in',
            points.map((p) => p.id),
          )
          .where('day', '>=', from)
          .where('day', '<=', to)
          .orderBy('day')
          .execute()
      : [];
    return { from, to, points, rows: rows.map((r) => ({ ...r, day: String(r.day), findings: r.findings as Finding[] })) };
  };

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

  /** One row per (point, day, rule) with its finding count and flagged readings, most recent day first. */
  const listIssues = async (enterpriseId: string, query: { month: string; rule?: QualityRule; pointId?: string }) => {
    const { points, rows } = await loadMonth(enterpriseId, query.month, query.pointId);
    const byId = new Map(points.map((p) => [p.id, p]));
    const flagged = rows.filter((r) => r.flags !== 0);
    const readingFlags = flagged.length
      ? await db
          .selectFrom('readingFlags')
          .select(['pointId', 'ts', 'flags'])
          .where(
            'pointId',
            'in',
            points.map((p) => p.id),
          )
          .where('ts', '>', startOfShanghaiDay(monthSpan(query.month).from))
          .where('ts', '<=', new Date(startOfShanghaiDay(monthSpan(query.month).to).getTime() + DAY_MS))
          .execute()
      : [];
    const issues = [];
    for (const r of flagged) {
      const point = byId.get(r.pointId)!;
      const dayFrom = startOfShanghaiDay(r.day).getTime();
      const own = readingFlags.filter((f) => f.pointId === r.pointId && f.ts.getTime() > dayFrom && f.ts.getTime() <= dayFrom + DAY_MS);
      const rules = [...new Set(r.findings.map((f) => f.rule))];
      for (const rule of rules) {
        if (query.rule && rule !== query.rule) continue;
        const findings = r.findings.filter((f) => f.rule === rule);
        issues.push({
          pointId: r.pointId,
          pointCode: point.code,
          pointName: point.name,
          day: r.day,
          rule,
          count: findings.length,
          flaggedReadings: own.filter((f) => (f.flags & QUALITY_FLAG_BITS[rule]) !== 0).length,
          message: findings[0]!.message,
          source: findings[0]!.source,
        });
      }
    }
    return issues.sort((a, b) => (a.day === b.day ? a.pointCode.localeCompare(b.pointCode) : b.day.localeCompare(a.day)));
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

  /** The monthly data-quality report of an enterprise (CM-6(5)): score and parts, per point, issues by rule. */
  const monthlyReport = async (enterpriseId: string, month: string) => {
    const enterprise = await db.selectFrom('organisations').select(['id', 'name']).where('id', '=', enterpriseId).executeTakeFirst();
    if (!enterprise)
      throw new AppError('NOT_FOUND', `单位 ${enterpriseId} 不存在 (organisation not found)`, { entity: 'organisation', id: enterpriseId });
    const { from, to, points, rows } = await loadMonth(enterpriseId, month);
    const issuesByRule: Record<string, number> = {};
    const perPoint = [];
    for (const p of points) {
      const own = rows.filter((r) => r.pointId === p.id);
      const counts = sumCredibilityCounts(own.map(countsOf));
      const issues: Record<string, number> = {};
      for (const r of own)
        for (const f of r.findings) {
          issues[f.rule] = (issues[f.rule] ?? 0) + 1;
          issuesByRule[f.rule] = (issuesByRule[f.rule] ?? 0) + 1;
        }
      perPoint.push({
        id: p.id,
        code: p.code,
        name: p.name,
        unit: p.unit,
        days: own.length,
        completeness: counts.expected ? counts.received / counts.expected : 0,
        credibility: scoreCredibility(counts),
        issues,
        total: await totalOf(p.id, startOfShanghaiDay(from), new Date(startOfShanghaiDay(to).getTime() + DAY_MS)),
      });
    }
    return {
      enterprise,
      month,
      credibility: scoreCredibility(sumCredibilityCounts(rows.map(countsOf))),
      points: perPoint,
      issuesByRule,
      generatedAt: clock.now().toISOString(),
    };
  };

  /** An institution's enterprises (those of its region), their monthly credibility score. */
  const trend = async (institutionId: string, range: { from: string; to: string }) => {
    const institution = await db
      .selectFrom('organisations')
      .select(['id', 'name', 'kind', 'regionCode'])
      .where('id', '=', institutionId)
      .executeTakeFirst();
    if (!institution || institution.kind !== 'institution')
      throw new AppError('VALIDATION_FAILED', '质量趋势按碳计量中心或计量数据建设应用基地查看 (the trend is an institution’s)', [
        { field: 'id', rule: 'an institution (CM-6(5))', message: String(institution?.kind) },
      ]);
    if (range.to < range.from || addMonths(`${range.from}-01`, 24) <= `${range.to}-01`)
      throw new AppError('VALIDATION_FAILED', '月份范围无效 (from ≤ to, at most 24 months)', [
        { field: 'to', rule: 'from ≤ to < from + 24 months', message: `${range.from}..${range.to}` },
      ]);
    const months: string[] = [];
    for (let m = `${range.from}-01`; m.slice(0, 7) <= range.to; m = addMonths(m, 1)) months.push(m.slice(0, 7));
    const enterprises = institution.regionCode
      ? await db
          .selectFrom('organisations')
          .select(['id', 'name'])
          .where('kind', '=', 'enterprise')
          .where('regionCode', '=', institution.regionCode)
          .orderBy('name')
          .execute()
      : [];
    const result = [];
    for (const e of enterprises) {
      const points = await pointsOf(e.id);
      const ids = points.map((p) => p.id);
      await evaluation.refresh(ids, `${months[0]}-01`, monthSpan(months[months.length - 1]!).to);
      const rows = ids.length
        ? await db
            .selectFrom('qualityEvaluations')
            .selectAll()
            .where('pointId', 'in', ids)
            .where('day', '>=', `${months[0]}-01`)
            .where('day', '<=', monthSpan(months[months.length - 1]!).to)
            .execute()
        : [];
      const scores = months.map(
        (m) =>
          scoreCredibility(
            sumCredibilityCounts(rows.filter((r) => String(r.day).startsWith(m)).map((r) => countsOf({ ...r, day: String(r.day) }))),
          ).score,
      );
      result.push({ id: e.id, name: e.name, scores });
    }
    return { institution: { id: institution.id, name: institution.name }, months, enterprises: result };
  };

  const today = () => toShanghaiDate(clock.now());
  return { heatmap, listIssues, getDay, totalOf, monthlyReport, trend, today };
};
