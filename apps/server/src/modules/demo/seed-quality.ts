import { sql, type Kysely } from 'kysely';
import { addDays, toShanghaiDate } from '@jiliang/calc';
import type { Services } from '../../services.ts';
import type { Database } from '../../store/database.ts';
import type { AuditActor } from '../audit/audit.service.ts';

/**
 * Demo data quality (issue 6): limits for the demo points, then the evaluation of every seeded day, so that the
 * heatmap and the issue list show the defects seed-readings.ts planted (gaps, spikes, a stuck meter, a negative
 * glitch, a rollover, a meter swap). Counting points get a rate limit of 3 × their median hourly consumption
 * (a plausible peak load), instantaneous points a floor of 0.
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
