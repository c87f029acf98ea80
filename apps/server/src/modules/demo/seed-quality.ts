import { sql, type Kysely } from 'kysely';
import { addDays, addMonths, toShanghaiDate } from '@jiliang/calc';
import type { Services } from '../../services.ts';
import type { Database } from '../../store/database.ts';
import type { AuditActor } from '../audit/audit.service.ts';

/**
 * Demo data quality (issue 6): limits for the demo points, then the evaluation of every seeded day, so that the
 * heatmap and the issue list show the defects seed-readings.ts planted (gaps, spikes, a stuck meter, a negative
 * glitch, a rollover, a meter swap). Counting points get a rate limit of 3 × their median hourly consumption
 * (a plausible peak load), instantaneous points a floor of 0. Rule 9 gets 月报数据 (seedMonthlyFigures), rule 10 the
 * sub-meters seed-energy.ts hangs under EL-IN.
 */
export const seedQuality = async (services: Services, db: Kysely<Database>, actor: AuditActor, now: Date) => {
  const medians = await sql<{ pointId: string; registerKind: string; median: number | null }>`
    SELECT p.id AS "pointId", p.register_kind AS "registerKind",
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY h.consumption) FROM rollups_hour h WHERE h.point_id = p.id AND h.consumption > 0) AS median
    FROM points p`.execute(db);
  const at = now;
  const rows = medians.rows.map((m) => ({
    pointId: m.pointId,
    minValue: m.registerKind === 'instantaneous' ? 0 : null,
    maxValue: null,
    maxRatePerHour: m.registerKind !== 'instantaneous' && m.median ? Math.ceil(3 * Number(m.median)) : null,
    stuckRunLength: 8,
    completenessThreshold: 0.9,
    actorLabel: actor.label,
    updatedAt: at,
  }));
  if (rows.length)
    await db
      .insertInto('qualityLimits')
      .values(rows)
      .onConflict((oc) => oc.column('pointId').doNothing())
      .execute();
  await seedMonthlyFigures(services, db, actor, now);
  const first = await db
    .selectFrom('readings')
    .select((eb) => eb.fn.min('ts').as('first'))
    .executeTakeFirst();
  if (!first?.first) return { evaluated: 0 };
  const from = toShanghaiDate(new Date(new Date(first.first as Date).getTime() - 1));
  const to = addDays(toShanghaiDate(now), -1);
  const evaluated = await services.quality.evaluation.refresh(
    rows.map((r) => r.pointId),
    from,
    to,
  );
  return { evaluated };
};

/**
 * 月报数据 for rule 9 (STANDARDS §3, 5 %): the gate meter's utility bill for the last three whole months and the water
 * meter's monthly report for the last two, each a little off the metered sum as real figures are (rounding, billing
 * periods), and one bill 8 % above it — the first enterprise's last month — which the rule flags.
 */
const seedMonthlyFigures = async (services: Services, db: Kysely<Database>, actor: AuditActor, now: Date) => {
  const thisMonth = `${toShanghaiDate(now).slice(0, 7)}-01`;
  const points = await db
    .selectFrom('points')
    .innerJoin('organisations', 'organisations.id', 'points.enterpriseId')
    .select(['points.id', 'points.code', 'points.enterpriseId'])
    .where('points.code', 'in', ['EL-IN', 'WA-IN'])
    .orderBy('organisations.name')
    .orderBy('points.code')
    .execute();
  const months = points.length
    ? await db
        .selectFrom('rollupsMonth')
        .select(['pointId', 'bucket', 'consumption'])
        .where(
          'pointId',
          'in',
          points.map((p) => p.id),
        )
        .where('bucket', '>=', addMonths(thisMonth, -3))
        .where('bucket', '<', thisMonth)
        .where('consumption', '>', 0)
        .execute()
    : [];
  const wobble = [0.012, -0.007, 0.018];
  let deviating = true;
  for (const point of points) {
    const isBill = point.code === 'EL-IN';
    const own = months.filter((m) => m.pointId === point.id).sort((a, b) => String(b.bucket).localeCompare(String(a.bucket)));
    for (const [k, month] of own.slice(0, isBill ? 3 : 2).entries()) {
      const factor = isBill && k === 0 && deviating ? 1.08 : 1 + (isBill ? wobble[k]! : -0.02);
      if (factor === 1.08) deviating = false;
      const label = String(month.bucket).slice(0, 7);
      await services.quality.monthlyFigures.addFigure(actor, point.enterpriseId, {
        pointId: point.id,
        month: label,
        value: Math.round(month.consumption! * factor * 10) / 10,
        source: isBill ? 'bill' : 'monthly_report',
        evidence: isBill ? `国网湖北省电力有限公司电费结算单 ${label}（演示）` : `企业能源统计月报 ${label} 用水量（演示）`,
      });
    }
  }
};
