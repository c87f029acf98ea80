import type { Kysely } from 'kysely';
import { AppError } from '@jiliang/shared';
import { addMonths, scoreCredibility, startOfShanghaiDay, sumCredibilityCounts } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { findOrganisationById } from '../identity/organisation.repository.ts';
import type { QualityEvaluationService } from './quality-evaluation.service.ts';
import type { QualityHeatmapService } from './quality-heatmap.service.ts';
import { DAY_MS, countsOf, monthSpan, type QualityMonthService } from './quality-month.service.ts';

/** The monthly data-quality report of an enterprise and an institution's trend (issue 6 §5; CM-6(5)). */
export const createQualityReportService = ({
  db,
  clock,
  evaluation,
  month: { pointsOf, loadMonth },
  totalOf,
}: {
  db: Kysely<Database>;
  clock: Clock;
  evaluation: QualityEvaluationService;
  month: QualityMonthService;
  totalOf: QualityHeatmapService['totalOf'];
}) => {
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
    const institution = await findOrganisationById(db, institutionId);
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

  return { monthlyReport, trend };
};
