import type { Kysely } from 'kysely';
import { AppError, isAppError, type Benchmark, type FieldIssue, type LimitLibrary, type benchmarkRequestSchema } from '@jiliang/shared';
import {
  CONSUMPTION_LIMIT_STANDARDS,
  GB_T_2589_2020,
  STANDARD_COAL_ENERGIES,
  STANDARD_COAL_UNITS,
  benchmarkConsumption,
  computeComprehensiveEnergyConsumption,
  convertUnit,
  tryParseUnit,
  type StandardCoalEnergy,
  type StandardCoalUnit,
} from '@jiliang/calc';
import type { z } from 'zod';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { listEnterprisePoints, listMonthlyConsumption } from './consumption.repository.ts';
import { withEnergyTables } from './energy.tables.ts';
import { createEnergyIssue, throwEnergyValidation } from './energy-issues.ts';

/**
 * Consumption-limit benchmarking (能耗限额对标, issue 8 §3; CM-6(5)): the energy of a period — from the points'
 * monthly rollups or entered with evidence — is converted to standard coal by the core (GB/T 2589-2020), divided
 * by the production entered with its evidence, and judged against the standard's tiers (GB 16780-2012 4.1–4.3)
 * with the gap to the advanced value. An indicator in kWh/t counts electricity only; a 综合煤耗 indicator counts
 * fuels only. The value is the measured unit consumption: the standard's comparability corrections are not applied.
 */
type Request = z.output<typeof benchmarkRequestSchema>;
const WHAT = 'consumption-limit benchmarking';
const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

/** The unit the core converts per base unit, as the unit table spells it (a normal volume stays a normal volume). */
const baseSpelling = (base: string, pointUnit: string) => {
  if (base !== 'm3') return base;
  const parsed = tryParseUnit(pointUnit);
  return parsed.ok && parsed.unit.dimension === 'normal_volume' ? 'Nm3' : 'm3';
};

export const createBenchmarkService = ({ db: baseDb, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const db = withEnergyTables(baseDb);

  const getLimitLibrary = (): LimitLibrary => ({
    standards: CONSUMPTION_LIMIT_STANDARDS.map((s) => ({
      id: s.id,
      title: s.title,
      supersededBy: s.supersededBy,
      confirmation: s.confirmation,
      indicators: s.indicators.map((i) => ({ ...i, categories: i.categories.map((c) => ({ ...c })) })),
    })),
    energies: STANDARD_COAL_ENERGIES.map((id) => {
      const row = GB_T_2589_2020.coefficients[id];
      return {
        id,
        label: row.label,
        baseUnit: row.baseUnit,
        units: Object.entries(STANDARD_COAL_UNITS)
          .filter(([, u]) => u.base === row.baseUnit)
          .map(([unit]) => unit),
        needsMeasured: typeof row.kgcePerUnit !== 'number',
      };
    }),
  });

  const loadLines = async (enterpriseId: string, request: Request, warnings: string[]) => {
    const issues: FieldIssue[] = [];
    const points = new Map((await listEnterprisePoints(baseDb, enterpriseId)).map((p) => [p.id, p]));
    const from = `${request.period.from}-01`;
    const to = `${request.period.to}-01`;
    const monthly = await listMonthlyConsumption(
      baseDb,
      request.energy.flatMap((l) => (l.source === 'point' ? [l.pointId] : [])),
      from,
      to,
    );
    const months = monthsBetween(request.period.from, request.period.to);
    const lines = request.energy.map((line, i) => {
      const at = `energy[${i}]`;
      if (!(STANDARD_COAL_ENERGIES as readonly string[]).includes(line.energy))
        issues.push(createEnergyIssue(`${at}.energy`, `one of ${STANDARD_COAL_ENERGIES.join(', ')} (GB/T 2589-2020 附录A)`));
      const energy = line.energy as StandardCoalEnergy;
      const base = GB_T_2589_2020.coefficients[energy]?.baseUnit ?? 'kg';
      if (line.source === 'entered') {
        if (!(line.unit in STANDARD_COAL_UNITS))
          issues.push(createEnergyIssue(`${at}.unit`, `one of ${Object.keys(STANDARD_COAL_UNITS).join(', ')} (GB/T 2589-2020)`));
        return { ...line, unit: line.unit as StandardCoalUnit, pointId: null, pointCode: null, monthsWithData: null };
      }
      const point = points.get(line.pointId);
      if (!point || point.registerKind === 'instantaneous') {
        issues.push(createEnergyIssue(`${at}.pointId`, 'a counting point (cumulative or interval register) of this enterprise'));
        return {
          ...line,
          source: 'entered' as const,
          quantity: 0,
          unit: 'kg' as StandardCoalUnit,
          evidence: '',
          pointCode: null,
          monthsWithData: 0,
        };
      }
      const rows = monthly.filter((m) => m.pointId === point.id);
      const sum = rows.reduce((s, m) => s + (m.consumption ?? 0), 0);
      let quantity = 0;
      try {
        quantity = convertUnit(sum, point.unit, baseSpelling(base, point.unit));
      } catch {
        issues.push(createEnergyIssue(`${at}.pointId`, `${point.code} reads ${point.unit}, which is not a unit of ${base} (${energy})`));
      }
      if (rows.length < months)
        warnings.push(`${point.code}：${months} 个月中仅 ${rows.length} 个月有数据 (months with data ${rows.length}/${months})`);
      return {
        ...line,
        quantity,
        unit: base as StandardCoalUnit,
        evidence: `测点 ${point.code} ${point.name} 月汇总 ${request.period.from}–${request.period.to}`,
        pointCode: point.code,
        monthsWithData: rows.length,
      };
    });
    if (issues.length > 0) throwEnergyValidation(WHAT, issues);
    return lines;
  };

  const createBenchmark = async (actor: AuditActor, enterpriseId: string, request: Request): Promise<Benchmark> => {
    const org = await db.selectFrom('organisations').select(['id', 'kind', 'name']).where('id', '=', enterpriseId).executeTakeFirst();
    if (!org || org.kind !== 'enterprise')
      throw new AppError('VALIDATION_FAILED', '能耗限额对标针对企业的产品 (benchmarking is of an enterprise’s product)', [
        { field: 'id', rule: 'an enterprise (GB 16780-2012 1)', message: String(org?.kind) },
      ]);
    if (request.period.to < request.period.from)
      throwEnergyValidation(WHAT, [createEnergyIssue('period.to', `on or after period.from ${request.period.from}`)]);
    // The standard, indicator and category first: their errors name standardId, indicatorId, capacityTpd, categoryId.
    const which = {
      standardId: request.standardId,
      indicatorId: request.indicatorId,
      capacityTpd: request.capacityTpd,
      categoryId: request.categoryId,
    };
    benchmarkConsumption({ ...which, unitConsumption: 0 });
    const standard = CONSUMPTION_LIMIT_STANDARDS.find((s) => s.id === request.standardId)!;
    const indicator = standard.indicators.find((i) => i.id === request.indicatorId)!;
    const warnings: string[] = [];
    const lines = await loadLines(enterpriseId, request, warnings);
    let tonnes = 0;
    try {
      tonnes = convertUnit(request.production.quantity, request.production.unit, 't');
    } catch {
      throwEnergyValidation(WHAT, [
        createEnergyIssue('production.unit', `a mass unit: ${indicator.unit} is per tonne of ${indicator.product}`),
      ]);
    }
    const electricityOnly = indicator.unit === 'kWh/t';
    const fuelsOnly = indicator.id.endsWith('_coal');
    const wrong = lines.flatMap((l, i) =>
      (electricityOnly && l.energy !== 'electricity') || (fuelsOnly && l.energy === 'electricity')
        ? [
            createEnergyIssue(
              `energy[${i}].energy`,
              `${indicator.label} counts ${electricityOnly ? 'electricity only' : 'fuels only'} (${standard.id})`,
            ),
          ]
        : [],
    );
    if (wrong.length > 0) throwEnergyValidation(WHAT, wrong);
    let coal;
    try {
      coal = computeComprehensiveEnergyConsumption({
        consumed: lines.map((l) => ({
          energy: l.energy as StandardCoalEnergy,
          quantity: l.quantity,
          unit: l.unit,
          kgcePerUnit: l.kgcePerUnit,
        })),
        production: { quantity: tonnes, unit: 't' },
      });
    } catch (error) {
      if (isAppError(error) && Array.isArray(error.details))
        throwEnergyValidation(
          WHAT,
          (error.details as FieldIssue[]).map((d) => createEnergyIssue(d.field.replace(/^consumed\[/, 'energy['), d.rule)),
        );
      throw error;
    }
    const kwh = lines.reduce((s, l) => s + l.quantity * (STANDARD_COAL_UNITS[l.unit]?.factor ?? 1), 0);
    const energyTotal = electricityOnly ? { value: kwh, unit: 'kWh' } : { value: coal.totalKgce, unit: 'kgce' };
    const bench = benchmarkConsumption({ ...which, energy: energyTotal.value, production: tonnes });
    const now = clock.now();
    const storedLines = lines.map((l, i) => ({
      source: l.source,
      pointId: l.pointId,
      pointCode: l.pointCode,
      energy: l.energy,
      quantity: l.quantity,
      unit: l.unit,
      kgce: coal.consumed[i]?.kgce ?? null,
      evidence: l.evidence,
      monthsWithData: l.monthsWithData,
    }));
    const result = { ...bench, product: indicator.product, energyTotal, warnings };
    const id = await db.transaction().execute(async (trx) => {
      const { id: benchmarkId } = await trx
        .insertInto('energyBenchmarks')
        .values({
          enterpriseId,
          standardId: bench.standard,
          indicatorId: bench.indicator,
          categoryId: bench.category,
          product: indicator.product,
          periodFrom: `${request.period.from}-01`,
          periodTo: `${request.period.to}-01`,
          lines: JSON.stringify(storedLines),
          productionQuantity: request.production.quantity,
          productionUnit: request.production.unit,
          productionEvidence: request.production.evidence,
          energyTotal: energyTotal.value,
          energyUnit: energyTotal.unit,
          unitConsumption: bench.unitConsumption,
          unit: bench.unit,
          tierExisting: bench.tiers.existing,
          tierNew: bench.tiers.new,
          tierAdvanced: bench.tiers.advanced,
          verdict: bench.verdict,
          gapToAdvanced: bench.gapToAdvanced,
          result: JSON.stringify(result),
          actorLabel: actor.label,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx as unknown as Kysely<Database>,
        {
          actor,
          organisationId: enterpriseId,
          action: 'energy.benchmark.create',
          entityType: 'energy_benchmark',
          entityId: benchmarkId,
          after: { indicator: bench.indicator, unitConsumption: bench.unitConsumption, verdict: bench.verdict },
        },
        now,
      );
      return benchmarkId;
    });
    return (await listBenchmarks(enterpriseId)).find((b) => b.id === id)!;
  };

  const listBenchmarks = async (enterpriseId: string): Promise<Benchmark[]> =>
    (
      await db
        .selectFrom('energyBenchmarks')
        .selectAll()
        .where('enterpriseId', '=', enterpriseId)
        .orderBy('createdAt', 'desc')
        .limit(200)
        .execute()
    ).map((r) => {
      const result = r.result as { label: string; clause: string; confirmation: string; text: string; warnings: string[] };
      return {
        id: r.id,
        enterpriseId: r.enterpriseId,
        standard: r.standardId,
        indicator: r.indicatorId,
        label: result.label,
        product: r.product,
        category: r.categoryId,
        period: { from: r.periodFrom.slice(0, 7), to: r.periodTo.slice(0, 7) },
        lines: r.lines as Benchmark['lines'],
        production: { quantity: r.productionQuantity, unit: r.productionUnit, evidence: r.productionEvidence },
        energyTotal: { value: r.energyTotal, unit: r.energyUnit },
        unitConsumption: r.unitConsumption,
        unit: r.unit,
        tiers: { existing: r.tierExisting, new: r.tierNew, advanced: r.tierAdvanced },
        verdict: r.verdict,
        gapToAdvanced: r.gapToAdvanced,
        clause: result.clause,
        confirmation: result.confirmation,
        text: result.text,
        warnings: result.warnings,
        actorLabel: r.actorLabel,
        createdAt: r.createdAt.toISOString(),
      };
    });

  return { getLimitLibrary, createBenchmark, listBenchmarks };
};
