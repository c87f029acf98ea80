import type { Kysely } from 'kysely';
import { QUALITY_FLAG_BITS, type QualityRule } from '@jiliang/shared';
import { startOfShanghaiDay } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';
import { DAY_MS, monthSpan, type QualityMonthService } from './quality-month.service.ts';

/** The issue list of the quality screens (issue 6 §4). */
export const createQualityIssuesService = ({ db, month: { loadMonth } }: { db: Kysely<Database>; month: QualityMonthService }) => {
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

  return { listIssues };
};
