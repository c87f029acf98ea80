import type { Kysely } from 'kysely';
import {
  addDays,
  addMonths,
  convertUnit,
  mpeFromAccuracyClass,
  startOfShanghaiDay,
  toShanghaiDate,
  type BalanceInput,
  type BalanceMeter,
  type ConsistencyInput,
  type QualityPeriod,
} from '@jiliang/calc';
import type { QualityRule } from '@jiliang/shared';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { listCurrentMonthlyFigures } from './monthly-figure.repository.ts';
import { listChildPoints, listDayConsumption, listInstrumentAccuracy, listPointBindings } from './period-rule-inputs.repository.ts';

/**
 * The inputs of the two period rules that need more than the point's own readings (issue 6; docs/QUALITY.md "How the
 * server feeds rules 9 and 10"), per point and Shanghai day:
 * - rule 10, energy balance (JJF 1059.1-2012 4.3.3.2, 4.4, 4.5): a parent meter's day consumption against its
 *   children's (points.parent_point_id; counting points of the same enterprise), all from rollups_day, children
 *   converted to the parent's unit; each meter's MPE from the instrument(s) serving it that day (stated MPE, else
 *   accuracy class; the largest when a swap falls in the day). The parent's own day is compared even when it is
 *   incomplete: completeness is its own rule, and a balance that closes over a gap says the gap lost nothing.
 * - rule 9, daily vs monthly (STANDARDS §3, 5 %): the current 月报数据 of the day's month against the month's day
 *   consumptions, once the month is over.
 * A rule that applies but cannot run gets a reason naming what is missing; it is never passed silently, and an
 *   MPE is never invented.
 */
export type PeriodRuleInputs = {
  balance?: BalanceInput;
  consistency?: ConsistencyInput;
  /** Why a rule that applies to the point did not run that day (replaces evaluatePointDay's generic reason). */
  reasons: Partial<Record<QualityRule, string>>;
};

type PointRef = { id: string; code: string; unit: string; registerKind: string; enterpriseId: string };
type Meter = { id: string; code: string; unit: string; isParent: boolean };
type Binding = { pointId: string; fromAt: Date; instrumentId: string | null };
type Instrument = { id: string; code: string; accuracyClass: string | null; mpeRelative: number | null };

const DAY_MS = 86_400_000;
const dayPeriod = (day: string): QualityPeriod => {
  const from = startOfShanghaiDay(day).getTime();
  return { from, to: from + DAY_MS };
};
const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const lastOfMonth = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

/** The relative MPE of a meter over a period: the largest of the instruments serving it then, or why there is none. */
export const findMeterMpe = (
  meter: Pick<Meter, 'code'>,
  bindings: readonly Binding[],
  instruments: ReadonlyMap<string, Instrument>,
  period: QualityPeriod,
): { mpeRelative: number } | { reason: string } => {
  const serving = bindings.filter(
    (b, i) => b.fromAt.getTime() < period.to && (bindings[i + 1]?.fromAt.getTime() ?? Infinity) > period.from,
  );
  if (serving.length === 0 || serving.some((b) => b.instrumentId === null))
    return {
      reason: `测点 ${meter.code} 当日未绑定计量器具，无最大允许误差 (no instrument bound to point ${meter.code} that day: no MPE, JJF 1059.1-2012 4.3.3.2)`,
    };
  let worst = 0;
  for (const b of serving) {
    const instrument = instruments.get(b.instrumentId!);
    const label = instrument?.code ?? b.instrumentId!;
    let mpe = instrument?.mpeRelative ?? null;
    if (mpe === null && instrument?.accuracyClass) {
      try {
        mpe = mpeFromAccuracyClass(instrument.accuracyClass);
      } catch {
        return {
          reason: `测点 ${meter.code} 的器具 ${label} 准确度等级 ${instrument.accuracyClass} 不能换算为相对最大允许误差 (point ${meter.code}: class ${instrument.accuracyClass} of instrument ${label} gives no relative MPE)`,
        };
      }
    }
    if (mpe === null)
      return {
        reason: `测点 ${meter.code} 的器具 ${label} 无准确度等级或最大允许误差 (point ${meter.code}: instrument ${label} states neither an accuracy class nor an MPE, JJF 1059.1-2012 4.3.3.2)`,
      };
    worst = Math.max(worst, mpe);
  }
  return { mpeRelative: worst };
};

export const createPeriodRuleInputs = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  /** Rule 10 for the days [first, last] of a parent point; undefined when the point is no parent meter. */
  const loadBalance = async (point: PointRef, first: string, last: string) => {
    if (point.registerKind === 'instantaneous') return undefined;
    const children = await listChildPoints(db, point.id, point.enterpriseId);
    if (children.length === 0) return undefined;
    const meters: Meter[] = [
      { id: point.id, code: point.code, unit: point.unit, isParent: true },
      ...children.map((c) => ({ ...c, isParent: false })),
    ];
    const ids = meters.map((m) => m.id);
    const [bindings, days] = await Promise.all([listPointBindings(db, ids), listDayConsumption(db, ids, first, last)]);
    const instrumentIds = [...new Set(bindings.flatMap((b) => (b.instrumentId ? [b.instrumentId] : [])))];
    const instruments = new Map((await listInstrumentAccuracy(db, instrumentIds)).map((i) => [i.id, i]));
    const consumption = new Map(days.map((d) => [`${d.pointId} ${String(d.bucket)}`, d.consumption]));
    const bindingsOf = new Map(meters.map((m) => [m.id, bindings.filter((b) => b.pointId === m.id)]));

    return (day: string): { input: BalanceInput } | { reason: string } => {
      const period = dayPeriod(day);
      const reasons: string[] = [];
      const toMeter = (m: Meter): BalanceMeter | undefined => {
        const value = consumption.get(`${m.id} ${day}`);
        if (value === undefined || value === null) {
          reasons.push(
            m.isParent
              ? `总表 ${m.code} 当日无用量数据 (parent ${m.code} has no consumption that day)`
              : `分表 ${m.code} 当日无数据，属完整性问题而非不平衡 (child ${m.code} has no data that day: a completeness problem, not an imbalance)`,
          );
          return undefined;
        }
        if (value < 0) {
          reasons.push(
            `测点 ${m.code} 当日用量为负 ${value}（见负增量规则）(point ${m.code} has negative consumption that day, see rule 6)`,
          );
          return undefined;
        }
        let reading = value;
        if (m.unit !== point.unit)
          try {
            reading = convertUnit(value, m.unit, point.unit);
          } catch {
            reasons.push(
              `分表 ${m.code} 的单位 ${m.unit} 不能换算为总表单位 ${point.unit} (child ${m.code}: ${m.unit} is not convertible to ${point.unit})`,
            );
            return undefined;
          }
        const mpe = findMeterMpe(m, bindingsOf.get(m.id) ?? [], instruments, period);
        if ('reason' in mpe) {
          reasons.push(mpe.reason);
          return undefined;
        }
        return { id: m.code, reading, mpeRelative: mpe.mpeRelative };
      };
      const [parent, ...rest] = meters.map(toMeter);
      if (reasons.length > 0 || !parent) return { reason: reasons.join('；') };
      return { input: { parent, children: rest as BalanceMeter[], unit: point.unit, period } };
    };
  };

  /** Rule 9 for the months of the days [first, last]: a verdict input per month, or why there is none. */
  const loadConsistency = async (point: PointRef, first: string, last: string) => {
    const figures = new Map(
      (await listCurrentMonthlyFigures(db, point.id, firstOfMonth(first), firstOfMonth(last))).map((f) => [String(f.month).slice(0, 7), f]),
    );
    // Like the sweep, which judges only finished days: a month is judged once its last day is over (Asia/Shanghai).
    const yesterday = addDays(toShanghaiDate(clock.now()), -1);
    const finished = [...figures.keys()].filter((m) => lastOfMonth(m) <= yesterday).sort();
    const days = finished.length ? await listDayConsumption(db, [point.id], `${finished[0]}-01`, lastOfMonth(finished.at(-1)!)) : [];
    const byMonth = new Map<string, { input: ConsistencyInput } | { reason: string }>();
    const of = (month: string): { input: ConsistencyInput } | { reason: string } => {
      const figure = figures.get(month);
      if (!figure) return { reason: `无 ${month} 月报数据 (no monthly figure for ${month})` };
      if (lastOfMonth(month) > yesterday)
        return { reason: `${month} 尚未结束，月末后评价 (month not over: rule 9 runs once ${month} has ended)` };
      let monthlyTotal = figure.value;
      if (figure.unit !== point.unit)
        try {
          monthlyTotal = convertUnit(figure.value, figure.unit, point.unit);
        } catch {
          return { reason: `月报数据单位 ${figure.unit} 不能换算为 ${point.unit} (monthly figure in ${figure.unit}, not convertible)` };
        }
      const own = days.filter((d) => String(d.bucket).startsWith(month) && d.consumption !== null);
      const negative = own.find((d) => d.consumption! < 0);
      if (negative)
        return {
          reason: `${String(negative.bucket)} 用量为负，日数据合计无意义（见负增量规则）(negative day consumption on ${String(negative.bucket)}, see rule 6)`,
        };
      const from = startOfShanghaiDay(`${month}-01`).getTime();
      return {
        input: {
          dailyTotals: own.map((d) => d.consumption!),
          monthlyTotal,
          period: { from, to: startOfShanghaiDay(addMonths(`${month}-01`, 1)).getTime() },
        },
      };
    };
    return (day: string) => {
      const month = day.slice(0, 7);
      if (!byMonth.has(month)) byMonth.set(month, of(month));
      return byMonth.get(month)!;
    };
  };

  /** The inputs of rules 9 and 10 for the given days of a point (sorted), as a function of the day. */
  const loadPeriodRuleInputs = async (point: PointRef, days: readonly string[]): Promise<(day: string) => PeriodRuleInputs> => {
    if (days.length === 0) return () => ({ reasons: {} });
    const first = days[0]!;
    const last = days.at(-1)!;
    const counting = point.registerKind !== 'instantaneous';
    const [balanceOf, consistencyOf] = await Promise.all([
      loadBalance(point, first, last),
      counting ? loadConsistency(point, first, last) : Promise.resolve(undefined),
    ]);
    return (day) => {
      const inputs: PeriodRuleInputs = { reasons: {} };
      const balance = balanceOf?.(day);
      if (balance && 'input' in balance) inputs.balance = balance.input;
      else if (balance) inputs.reasons.balance = balance.reason;
      const consistency = consistencyOf?.(day);
      if (consistency && 'input' in consistency) inputs.consistency = consistency.input;
      else if (consistency) inputs.reasons.consistency = consistency.reason;
      return inputs;
    };
  };

  return { loadPeriodRuleInputs };
};

/** evaluatePointDay's skipped list with the server's own reasons where it has one. */
export const explainSkipped = <T extends { rule: QualityRule; reason: string }>(
  skipped: readonly T[],
  reasons: PeriodRuleInputs['reasons'],
): T[] => skipped.map((s) => (reasons[s.rule] ? { ...s, reason: reasons[s.rule]! } : s));
