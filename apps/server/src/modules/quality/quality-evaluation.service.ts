import type { Kysely } from 'kysely';
import { AppError } from '@jiliang/shared';
import {
  addDays,
  countDaysBetween,
  evaluatePointDay,
  scoreCredibility,
  startOfShanghaiDay,
  toShanghaiDate,
  type PointContextInput,
  type PointDayLimits,
  type ServingInstrument,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import type { TraceabilityService } from '../instruments/traceability.service.ts';
import {
  clearMarks,
  listDirty,
  loadReadingSpan,
  markDirty,
  readMarks,
  storeEvaluations,
  type EvaluationRow,
  type PointDay,
} from './quality.repository.ts';
import { markFinishedMonths } from './monthly-figure.repository.ts';
import { createPeriodRuleInputs, explainSkipped } from './period-rule-inputs.ts';

/**
 * Stored evaluations per point and Shanghai day (issue 6 §2). The rules are pure (evaluatePointDay, packages/calc);
 * this service loads a point's readings, limits, meter swaps and the certificates of the instruments serving it,
 * runs the rules day by day and stores each day's evaluation and the non-zero reading flags. Re-runs are driven by
 * the dirty set (quality_dirty): ingestion, limits, certificates and swaps mark point-days, and `refresh` evaluates
 * the dirty days of what is about to be read, so a screen is never stale.
 */
export type QualityEvaluationService = ReturnType<typeof createQualityEvaluationService>;

const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 400;

export const createQualityEvaluationService = ({
  db,
  clock,
  traceability,
}: {
  db: Kysely<Database>;
  clock: Clock;
  traceability: Pick<TraceabilityService, 'loadInstrumentNodes'>;
}) => {
  // Rules 9 and 10 read beyond the point's readings: its children's days and its monthly figures (period-rule-inputs.ts).
  const periodRules = createPeriodRuleInputs({ db, clock });
  const loadPoint = async (pointId: string) => {
    const point = await db.selectFrom('points').selectAll().where('id', '=', pointId).executeTakeFirst();
    if (!point) throw new AppError('NOT_FOUND', `测点 ${pointId} 不存在 (point not found)`, { entity: 'point', id: pointId });
    return point;
  };

  /** Everything but the readings: context, limits, swaps and the serving instruments with their certificates. */
  const loadSetting = async (pointId: string) => {
    const [point, limits, bindings] = await Promise.all([
      loadPoint(pointId),
      db.selectFrom('qualityLimits').selectAll().where('pointId', '=', pointId).executeTakeFirst(),
      db.selectFrom('pointInstruments').selectAll().where('pointId', '=', pointId).orderBy('fromAt').execute(),
    ]);
    const nodes = await traceability.loadInstrumentNodes(bindings.flatMap((b) => (b.instrumentId ? [b.instrumentId] : [])));
    const context: PointContextInput = {
      registerKind: point.registerKind as PointContextInput['registerKind'],
      multiplier: point.multiplier,
      rolloverValue: point.rolloverValue ?? undefined,
      intervalMinutes: point.intervalMinutes,
    };
    const pointLimits: PointDayLimits = limits
      ? {
          min: limits.minValue,
          max: limits.maxValue,
          maxRatePerHour: limits.maxRatePerHour,
          stuckRunLength: limits.stuckRunLength,
          completenessThreshold: limits.completenessThreshold,
        }
      : {};
    const instruments: ServingInstrument[] = bindings.map((b) => ({
      since: b.fromAt.getTime() <= 0 ? null : b.fromAt.getTime(),
      node: b.instrumentId ? (nodes.get(b.instrumentId)?.node ?? null) : null,
    }));
    const swaps = bindings
      .filter((b) => b.fromAt.getTime() > 0)
      .map((b) => ({
        at: b.fromAt.getTime(),
        closingReading: b.closingReading ?? 0,
        openingReading: b.openingReading ?? 0,
        ...(b.multiplier === null ? {} : { multiplierAfter: b.multiplier }),
      }));
    return { point, context, limits: pointLimits, instruments, swaps };
  };

  /** Evaluates the given days of one point (any order, duplicates ignored) and stores the results. */
  const evaluatePointDays = async (pointId: string, days: readonly string[]): Promise<number> => {
    const sorted = [...new Set(days)].sort();
    if (sorted.length === 0) return 0;
    const setting = await loadSetting(pointId);
    // The marks first, the readings after: a mark written from here on is newer than what is read, and stays (0009).
    const marks = await readMarks(db, pointId, sorted);
    let evaluated = 0;
    // Spans of at most MAX_SPAN_DAYS, so that a year of 15-minute data is read in one go.
    for (let i = 0; i < sorted.length;) {
      const first = sorted[i]!;
      const group = sorted.slice(i).filter((d) => countDaysBetween(first, d) < MAX_SPAN_DAYS);
      i += group.length;
      const from = startOfShanghaiDay(first);
      const to = new Date(startOfShanghaiDay(group[group.length - 1]!).getTime() + DAY_MS);
      const span = await loadReadingSpan(db, pointId, from, to);
      const periodInputs = await periodRules.loadPeriodRuleInputs(setting.point, group);
      const rows: EvaluationRow[] = [];
      const flags: { ts: number; flags: number }[] = [];
      let cursor = 0;
      let previous = span.previous;
      for (const day of group) {
        const dayFrom = startOfShanghaiDay(day).getTime();
        const dayTo = dayFrom + DAY_MS;
        while (cursor < span.ts.length && span.ts[cursor]! <= dayFrom) {
          previous = { ts: span.ts[cursor]!, value: span.values[cursor]! };
          cursor++;
        }
        const start = cursor;
        while (cursor < span.ts.length && span.ts[cursor]! <= dayTo) cursor++;
        const readings = span.ts.slice(start, cursor).map((ts, k) => ({ ts, value: span.values[start + k]! }));
        const next = cursor < span.ts.length ? { ts: span.ts[cursor]!, value: span.values[cursor]! } : span.next;
        const inputs = periodInputs(day);
        const result = evaluatePointDay({
          day,
          point: setting.context,
          readings,
          ...(previous ? { previous } : {}),
          ...(next ? { next } : {}),
          swaps: setting.swaps,
          limits: setting.limits,
          instruments: setting.instruments,
          ...(inputs.balance ? { balance: inputs.balance } : {}),
          ...(inputs.consistency ? { consistency: inputs.consistency } : {}),
        });
        if (readings.length) previous = readings[readings.length - 1];
        for (const r of result.readings) if (r.flags !== 0) flags.push({ ts: r.ts, flags: r.flags });
        rows.push({
          pointId,
          enterpriseId: setting.point.enterpriseId,
          day,
          expected: result.completeness.expected,
          received: result.completeness.received,
          completeness: result.completeness.received / result.completeness.expected,
          readingCount: result.readings.length,
          flaggedCount: result.readings.filter((r) => r.flags !== 0).length,
          flags: result.flags,
          findings: result.findings,
          skipped: explainSkipped(result.skipped, inputs.reasons),
          validReadings: result.credibility.validReadings,
          calibrationChecked: result.credibility.calibrationChecked,
          calibratedReadings: result.credibility.calibratedReadings,
          balanceChecks: result.credibility.balanceChecks,
          balanceClosureSum: result.credibility.balanceClosureSum,
          score: scoreCredibility(result.credibility).score,
        });
      }
      // Flags are replaced over whole days only: the span is exactly the evaluated days when they are contiguous.
      const contiguous = countDaysBetween(first, group[group.length - 1]!) === group.length - 1;
      if (contiguous) await storeEvaluations(db, pointId, { from, to }, rows, flags, clock.now(), marks);
      else
        for (const row of rows) {
          const dayFrom = startOfShanghaiDay(row.day);
          const dayTo = new Date(dayFrom.getTime() + DAY_MS);
          const own = flags.filter((f) => f.ts > dayFrom.getTime() && f.ts <= dayTo.getTime());
          await storeEvaluations(db, pointId, { from: dayFrom, to: dayTo }, [row], own, clock.now(), marks);
        }
      evaluated += rows.length;
    }
    return evaluated;
  };

  /** Evaluates dirty point-days (all, or those of some points and days), point by point. */
  const sweep = async (filter: { pointIds?: readonly string[]; from?: string; to?: string } = {}): Promise<number> => {
    // A day is judged once it is over (Asia/Shanghai): today's marks wait, so a day still being filled is never "incomplete".
    const yesterday = addDays(toShanghaiDate(clock.now()), -1);
    const dirty = await listDirty(db, { ...filter, to: filter.to && filter.to < yesterday ? filter.to : yesterday });
    const byPoint = new Map<string, { day: string; seq: string }[]>();
    for (const d of dirty) byPoint.set(d.pointId, [...(byPoint.get(d.pointId) ?? []), d]);
    let evaluated = 0;
    for (const [pointId, marks] of byPoint) {
      // A point's days start with its first reading: a neighbour marked by ingestion before that is not a defect.
      const firstDay = await firstDayOf(pointId);
      await clearMarks(
        db,
        pointId,
        marks.filter((m) => firstDay === null || m.day < firstDay),
      );
      evaluated += await evaluatePointDays(
        pointId,
        marks.filter((m) => firstDay !== null && m.day >= firstDay).map((m) => m.day),
      );
    }
    return evaluated;
  };

  /** The Shanghai day of a point's first reading (a reading at 00:00 closes the day before), null without readings. */
  const firstDayOf = async (pointId: string): Promise<string | null> => {
    const first = await db.selectFrom('readings').select('ts').where('pointId', '=', pointId).orderBy('ts').limit(1).executeTakeFirst();
    return first ? toShanghaiDate(new Date(first.ts.getTime() - 1)) : null;
  };

  /**
   * Before a read of points over [from, to]: evaluate their dirty days, and the days that have no evaluation
   * yet from the point's first reading on, up to yesterday (a day with no reading at all is a defect too:
   * completeness 0, CM-6(5)).
   */
  const refresh = async (pointIds: readonly string[], from: string, to: string): Promise<number> => {
    if (pointIds.length === 0) return 0;
    // Days judged before their month ended wait for rule 9 ('month not over'): judge them again now that it has.
    await markFinishedMonths(db, pointIds, clock.now());
    let evaluated = await sweep({ pointIds, from, to });
    const yesterday = addDays(toShanghaiDate(clock.now()), -1);
    const last = to < yesterday ? to : yesterday;
    if (last < from) return evaluated;
    const [firsts, existing] = await Promise.all([
      db
        .selectFrom('readings')
        .select((eb) => ['pointId', eb.fn.min('ts').as('first')])
        .where('pointId', 'in', pointIds)
        .groupBy('pointId')
        .execute(),
      db
        .selectFrom('qualityEvaluations')
        .select(['pointId', 'day'])
        .where('pointId', 'in', pointIds)
        .where('day', '>=', from)
        .where('day', '<=', last)
        .execute(),
    ]);
    const have = new Set(existing.map((e) => `${e.pointId} ${String(e.day)}`));
    for (const { pointId, first } of firsts) {
      const firstDay = toShanghaiDate(new Date(new Date(first as Date).getTime() - 1));
      const missing: string[] = [];
      for (let day = firstDay > from ? firstDay : from; day <= last; day = addDays(day, 1))
        if (!have.has(`${pointId} ${day}`)) missing.push(day);
      evaluated += await evaluatePointDays(pointId, missing);
    }
    return evaluated;
  };

  /** Marks a span of days of some points dirty (limits changed, a forced re-run). */
  const markDays = async (pointIds: readonly string[], from: string, to: string) => {
    if (countDaysBetween(from, to) > 3660 || to < from)
      throw new AppError('VALIDATION_FAILED', '日期范围无效 (from ≤ to, at most 10 years)', [
        { field: 'to', rule: 'from ≤ to ≤ from + 10 years', message: `${from}..${to}` },
      ]);
    const pointDays: PointDay[] = [];
    for (const pointId of pointIds) for (let day = from; day <= to; day = addDays(day, 1)) pointDays.push({ pointId, day });
    await markDirty(db, pointDays, clock.now());
  };

  /** Marks every evaluated day of a point dirty: its limits changed. */
  const markPoint = async (pointId: string) => {
    const days = await db.selectFrom('qualityEvaluations').select('day').where('pointId', '=', pointId).execute();
    await markDirty(
      db,
      days.map((d) => ({ pointId, day: String(d.day) })),
      clock.now(),
    );
  };

  return { loadPoint, loadSetting, evaluatePointDays, sweep, refresh, markDays, markPoint };
};
