import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  AppError,
  type AccountingRecord,
  type AccountingRunInput,
  type EmissionSource,
  type EnterpriseSource,
  type FieldIssue,
  type MeasuredQuantity,
  type SourceProvenance,
} from '@jiliang/shared';
import {
  addMonths,
  CARBON_METHOD_VERSION,
  convertParsedUnit,
  convertUnit,
  getDateParts,
  getDaysInMonth,
  measuredActivityUncertainty,
  parseUnit,
  summariseMeasuredPeriod,
  toShanghaiDate,
  UNDOCUMENTED_ACTIVITY_UREL,
  type InstrumentSpan,
  type MeasuredMonth,
} from '@jiliang/calc';
import type { Database } from '../../store/database.ts';
import type { TraceabilityService } from '../instruments/traceability.service.ts';
import type { FactorService } from './factor.service.ts';
import type { SourceService } from './source.service.ts';

/**
 * Builds an accounting run's record from the store (issue 7 §3): activity per calendar month from the points'
 * monthly rollups (measured) or from the current manual entries (estimated), the measured fraction from the
 * certificates that governed each day, the activity's uncertainty from those certificates, and every factor
 * parameter resolved to the version in force on the period's first day. Nothing here computes emissions: the
 * pure core does that from the record, here and in `jiliang calc verify`.
 */
type Deps = { db: Kysely<Database>; factors: FactorService; sources: SourceService; traceability: TraceabilityService };

const invalid = (message: string, issues: FieldIssue[]) => new AppError('VALIDATION_FAILED', message, issues);

/** Periods are whole calendar months (Asia/Shanghai), because activity comes from monthly rollups. */
export const monthsOfPeriod = (periodStart: string, periodEnd: string, today: string): string[] => {
  const issues: FieldIssue[] = [];
  const end = getDateParts(periodEnd);
  if (getDateParts(periodStart).day !== 1)
    issues.push({
      field: 'periodStart',
      rule: 'the first day of a calendar month (activity comes from monthly rollups)',
      message: periodStart,
    });
  if (end.day !== getDaysInMonth(end.year, end.month))
    issues.push({ field: 'periodEnd', rule: 'the last day of a calendar month', message: periodEnd });
  if (periodEnd < periodStart) issues.push({ field: 'periodEnd', rule: 'on or after periodStart', message: periodEnd });
  if (periodStart > today) issues.push({ field: 'periodStart', rule: 'not in the future (Asia/Shanghai)', message: periodStart });
  if (issues.length) throw invalid('核算期有误 (accounting period)', issues);
  const months: string[] = [];
  for (let m = periodStart; m <= periodEnd && months.length <= 120; m = addMonths(m, 1)) months.push(m);
  if (months.length > 120)
    throw invalid('核算期不超过 10 年 (period too long)', [{ field: 'periodEnd', rule: 'at most 120 months', message: periodEnd }]);
  return months;
};

const relativeU = (q: Pick<MeasuredQuantity, 'uRel' | 'mpeRel'>) => q.uRel ?? (q.mpeRel !== undefined ? q.mpeRel / Math.sqrt(3) : 0);

export const buildAccountingRecord = async (
  { db, factors, sources: sourceService, traceability }: Deps,
  enterprise: { id: string; name: string },
  input: AccountingRunInput,
  today: string,
): Promise<AccountingRecord> => {
  const months = monthsOfPeriod(input.periodStart, input.periodEnd, today);
  const sources = await sourceService.listSources(enterprise.id, { activeOnly: true });
  if (sources.length === 0)
    throw invalid(`${enterprise.name} 尚无排放源 (no emission sources)`, [
      { field: 'sources', rule: 'GB/T 32150: at least one emission source to account', message: 'none' },
    ]);

  // Factors in force on the period's first day.
  const codes = sources.flatMap((s) => Object.values(s.parameters).flatMap((b) => ('factor' in b ? [b.factor] : [])));
  const resolved = await factors.resolveFactors(codes, input.periodStart);
  const missing = sources.flatMap((s) =>
    Object.entries(s.parameters).flatMap(([name, b]) =>
      'factor' in b && !resolved.has(b.factor)
        ? [
            {
              field: `sources.${s.code}.parameters.${name}`,
              rule: `a version of ${b.factor} in force on ${input.periodStart}`,
              message: 'no version covers the period',
            },
          ]
        : [],
    ),
  );
  if (missing.length) throw invalid('因子库中没有适用于该核算期的因子版本 (no factor version for the period)', missing);

  // Measured activity: monthly rollups of the points, and the instruments bound to them.
  const pointIds = sources.flatMap((s) => (s.pointId ? [s.pointId] : []));
  const [points, rollups, bindings, entries] = await Promise.all([
    pointIds.length ? db.selectFrom('points').select(['id', 'unit', 'code']).where('id', 'in', pointIds).execute() : [],
    pointIds.length
      ? db
          .selectFrom('rollupsMonth')
          .select(['pointId', 'bucket', 'consumption'])
          .where('pointId', 'in', pointIds)
          .where('bucket', '>=', months[0]!)
          .where('bucket', '<=', months.at(-1)!)
          .execute()
      : [],
    pointIds.length
      ? db.selectFrom('pointInstruments').select(['pointId', 'fromAt', 'instrumentId']).where('pointId', 'in', pointIds).execute()
      : [],
    sourceService.listEntries(sources.map((s) => s.id)),
  ]);
  const bindingsOf = new Map<string, typeof bindings>();
  for (const b of bindings) bindingsOf.set(b.pointId, [...(bindingsOf.get(b.pointId) ?? []), b]);
  const nodes = await traceability.loadInstrumentNodes(bindings.flatMap((b) => (b.instrumentId ? [b.instrumentId] : [])));
  const spansOf = (pointId: string): InstrumentSpan[] =>
    (bindingsOf.get(pointId) ?? []).map((b) => {
      const n = b.instrumentId ? nodes.get(b.instrumentId) : undefined;
      return {
        fromDay: toShanghaiDate(b.fromAt),
        node: n?.node ?? null,
        instrumentCode: n?.code ?? null,
        mpeRelative: n?.mpeRelative ?? null,
        accuracyClass: n?.accuracyClass ?? null,
      };
    });

  const rollupOf = new Map(rollups.filter((r) => r.consumption !== null).map((r) => [`${r.pointId}|${r.bucket}`, r.consumption!]));
  const entryOf = new Map(entries.filter((e) => e.supersededBy === null).map((e) => [`${e.sourceId}|${e.month}-01`, e]));
  const monthQuantities = months.map(() => ({}) as Record<string, number>);
  const measuredFractions: Record<string, number> = {};
  const calcSources: EmissionSource[] = [];
  const provenance: SourceProvenance[] = [];

  for (const source of sources) {
    const point = points.find((p) => p.id === source.pointId);
    const spans = point ? spansOf(point.id) : [];
    // The certificates' stretches over the whole period at once (summariseMeasuredPeriod), and the point's unit parsed once.
    const summaries = point ? summariseMeasuredPeriod(spans, months) : [];
    const [pointUnit, activityUnit] = [point ? parseUnit(point.unit) : undefined, parseUnit(source.activityUnit)];
    const measuredMonths: MeasuredMonth[] = [];
    const usedEntries: { id: string; uRel: number | null }[] = [];
    const missingMonths: string[] = [];
    let total = 0;
    let measured = 0;
    months.forEach((month, i) => {
      const rollup = point ? rollupOf.get(`${point.id}|${month}`) : undefined;
      const entry = entryOf.get(`${source.id}|${month}`);
      let q = 0;
      if (rollup !== undefined && point) {
        q = convertParsedUnit(rollup, pointUnit!, activityUnit);
        const summary = summaries[i]!;
        measuredMonths.push(summary);
        measured += (q * summary.validDays) / summary.days;
      } else if (entry) {
        q = convertUnit(entry.value, entry.unit, source.activityUnit);
        usedEntries.push({ id: entry.id, uRel: entry.uRel });
      } else missingMonths.push(month.slice(0, 7));
      monthQuantities[i]![source.id] = q;
      total += q;
    });
    measuredFractions[source.id] = total > 0 ? measured / total : 0;

    // u(activity): the certificates (or MPE) for measured months; the entries' own (or the default) for estimated ones; the larger wins.
    const fromMeters = measuredMonths.length ? measuredActivityUncertainty(measuredMonths, spans) : undefined;
    const entryU = usedEntries.length ? Math.max(...usedEntries.map((e) => e.uRel ?? UNDOCUMENTED_ACTIVITY_UREL)) : undefined;
    const useEntries = entryU !== undefined && (!fromMeters || entryU > relativeU(fromMeters.fields));
    const uncertainty = useEntries ? { uRel: entryU } : (fromMeters?.fields ?? { uRel: UNDOCUMENTED_ACTIVITY_UREL });
    const basis = useEntries
      ? `人工录入（附证据）：u_rel ${entryU}（声明值；未声明的取平台默认值 5 %）`
      : (fromMeters?.basis ?? '无活动数据：取平台默认值 5 %');

    const factorUses: SourceProvenance['factors'] = [];
    const params: Record<string, MeasuredQuantity> = {};
    for (const [name, binding] of Object.entries(source.parameters)) {
      if ('factor' in binding) {
        const f = resolved.get(binding.factor)!;
        params[name] = { value: f.value, unit: f.unit, ...(f.uRel !== null ? { uRel: f.uRel } : {}) };
        factorUses.push({
          parameter: name,
          factorId: f.id,
          code: f.code,
          version: f.version,
          value: f.value,
          unit: f.unit,
          uRel: f.uRel,
          confirmation: f.confirmation as SourceProvenance['factors'][number]['confirmation'],
          sourceDocument: f.sourceDocument,
        });
      } else params[name] = binding;
    }
    calcSources.push(toCalcSource(source, { value: total, unit: source.activityUnit, ...uncertainty }, params));
    provenance.push({
      sourceId: source.id,
      code: source.code,
      name: source.name,
      kind: source.kind,
      subject: source.subject,
      siteId: source.siteId,
      siteName: source.siteName,
      activity: {
        origin: measuredMonths.length && usedEntries.length ? 'mixed' : measuredMonths.length ? 'measured' : 'estimated',
        unit: source.activityUnit,
        pointId: source.pointId,
        pointCode: source.pointCode,
        certificates: dedupe(measuredMonths.flatMap((m) => m.certificates)).map((c) => ({
          instrumentCode: c.instrumentCode,
          number: c.certificate.number,
          validUntil: c.certificate.validUntil,
        })),
        uncertaintyBasis: basis,
        entryIds: usedEntries.map((e) => e.id),
        missingMonths,
      },
      factors: factorUses,
    });
  }

  const hasNonCo2 = sources.some((s) => s.kind === 'non_co2');
  return {
    methodVersion: CARBON_METHOD_VERSION,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    // AR5 unless the run asks for AR6 (STANDARDS.md §1.2: the set follows the guideline edition).
    calculation: { ...(hasNonCo2 ? { gwpSet: input.gwpSet ?? 'AR5' } : {}), sources: calcSources },
    months: months.map((m, i) => ({ month: m.slice(0, 7), quantities: monthQuantities[i]! })),
    measuredFractions,
    monteCarlo: input.monteCarlo
      ? { iterations: input.monteCarlo.iterations, seed: input.monteCarlo.seed ?? randomInt(0, 2 ** 31 - 1) }
      : null,
    production: input.production ?? null,
    outputValue10kYuan: input.outputValue10kYuan ?? null,
    provenance,
  };
};

const dedupe = <T extends { certificate: { id: string } }>(items: T[]): T[] => [
  ...new Map(items.map((i) => [i.certificate.id, i])).values(),
];

const toCalcSource = (source: EnterpriseSource, quantity: MeasuredQuantity, params: Record<string, MeasuredQuantity>): EmissionSource =>
  ({
    id: source.id,
    kind: source.kind,
    label: `${source.code} ${source.name}`,
    quantity,
    ...params,
    ...(source.kind === 'non_co2' ? { gas: source.gas, ...(source.origin ? { origin: source.origin } : {}) } : {}),
    ...(source.kind === 'fuel_combustion' && source.biomass ? { biomass: true } : {}),
  }) as EmissionSource;
