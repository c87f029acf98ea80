import type { Kysely } from 'kysely';
import { AppError, type FillMethod } from '@jiliang/shared';
import {
  addDays,
  computeReadingSteps,
  countDaysBetween,
  fillGapsLinear,
  fillGapsWeekdayProfile,
  findGaps,
  parsePointContext,
  startOfShanghaiDay,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { QualityEvaluationService } from './quality-evaluation.service.ts';

/**
 * What changes quality data (issue 6): a point's limits (its evaluated days are marked for re-evaluation) and
 * gap filling on request (§3), which stores estimates in estimated_values — apart from readings, never mixed.
 */
export type QualityWriteService = ReturnType<typeof createQualityWriteService>;

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export type LimitsValue = {
  min: number | null;
  max: number | null;
  maxRatePerHour: number | null;
  stuckRunLength: number | null;
  completenessThreshold: number;
};

export const createQualityWriteService = ({
  db,
  clock,
  evaluation,
}: {
  db: Kysely<Database>;
  clock: Clock;
  evaluation: QualityEvaluationService;
}) => {
  const getLimits = async (pointId: string) => {
    await evaluation.loadPoint(pointId);
    const row = await db.selectFrom('qualityLimits').selectAll().where('pointId', '=', pointId).executeTakeFirst();
    return {
      pointId,
      min: row?.minValue ?? null,
      max: row?.maxValue ?? null,
      maxRatePerHour: row?.maxRatePerHour ?? null,
      stuckRunLength: row ? row.stuckRunLength : 8,
      completenessThreshold: row?.completenessThreshold ?? 0.9,
      actorLabel: row?.actorLabel ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  };

  /** Sets a point's limits (who, when, audited) and marks its evaluated days dirty: limits changed. */
  const setLimits = async (actor: AuditActor, pointId: string, value: LimitsValue) => {
    const point = await evaluation.loadPoint(pointId);
    const now = clock.now();
    const row = {
      minValue: value.min,
      maxValue: value.max,
      maxRatePerHour: value.maxRatePerHour,
      stuckRunLength: value.stuckRunLength,
      completenessThreshold: value.completenessThreshold,
      actorLabel: actor.label,
      updatedAt: now,
    };
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('qualityLimits')
        .values({ pointId, ...row })
        .onConflict((oc) => oc.column('pointId').doUpdateSet(row))
        .execute();
      await appendAudit(
        trx,
        { actor, organisationId: point.enterpriseId, action: 'quality.limits', entityType: 'point', entityId: pointId, after: value },
        now,
      );
    });
    await evaluation.markPoint(pointId);
    return getLimits(pointId);
  };

  /**
   * Fills the gaps of [from, to] by `method` (gap-filling.ts): every value stored is estimated and names its
   * method; a slot the method cannot fill stays empty (BM-7(4) cleaning, issue 6 §3).
   */
  const fillGaps = async (actor: AuditActor, pointId: string, input: { from: string; to: string; method: FillMethod }) => {
    if (input.to < input.from || countDaysBetween(input.from, input.to) > 92)
      throw new AppError('VALIDATION_FAILED', '补数日期范围无效 (from ≤ to, at most 93 days)', [
        { field: 'to', rule: 'from ≤ to ≤ from + 92 days (issue 6 §3)', message: `${input.from}..${input.to}` },
      ]);
    const { point, context, swaps } = await evaluation.loadSetting(pointId);
    const parsed = parsePointContext(context);
    const from = startOfShanghaiDay(input.from).getTime();
    const to = startOfShanghaiDay(addDays(input.to, 1)).getTime();
    const historyFrom = input.method === 'weekday_profile' ? from - 5 * WEEK_MS : from - DAY_MS;
    const rows = await db
      .selectFrom('readings')
      .select(['ts', 'value'])
      .where('pointId', '=', pointId)
      .where('ts', '>', new Date(historyFrom))
      .where('ts', '<=', new Date(to + DAY_MS))
      .orderBy('ts')
      .execute();
    const known = rows.map((r) => ({ ts: r.ts.getTime(), value: r.value }));
    const inSpan = known.filter((k) => k.ts > from && k.ts <= to).map((k) => k.ts);
    const gaps = findGaps(inSpan, from, to, parsed.intervalMinutes);
    const modulus = parsed.modulus ?? undefined;
    let result;
    if (input.method === 'linear') result = fillGapsLinear(known, gaps, parsed.intervalMinutes, modulus === undefined ? {} : { modulus });
    else {
      // The profile is of per-slot quantities: a cumulative point's step consumption (in register units), else the values.
      const isCumulative = parsed.registerKind === 'cumulative';
      const steps = isCumulative ? computeReadingSteps(known, context, { swaps }) : [];
      const history = isCumulative
        ? steps.flatMap((s) =>
            s.consumption === null || s.consumption < 0 ? [] : [{ ts: s.ts, value: s.consumption / parsed.multiplier }],
          )
        : known;
      result = fillGapsWeekdayProfile(history, gaps, parsed.intervalMinutes, {
        ...(isCumulative ? { anchors: known } : {}),
        ...(modulus === undefined ? {} : { modulus }),
      });
    }
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < result.estimated.length; i += 5000)
        await trx
          .insertInto('estimatedValues')
          .values(
            result.estimated.slice(i, i + 5000).map((e) => ({
              pointId,
              ts: new Date(e.ts),
              value: e.value,
              method: e.method,
              actorLabel: actor.label,
              createdAt: now,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['pointId', 'ts']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              method: eb.ref('excluded.method'),
              actorLabel: eb.ref('excluded.actorLabel'),
              createdAt: eb.ref('excluded.createdAt'),
            })),
          )
          .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: point.enterpriseId,
          action: 'quality.fill',
          entityType: 'point',
          entityId: pointId,
          after: { ...input, estimated: result.estimated.length, unfilled: result.unfilled.length },
        },
        now,
      );
    });
    return { estimated: result.estimated.length, unfilled: result.unfilled.length, method: input.method };
  };

  return { getLimits, setLimits, fillGaps };
};
