import type { Kysely } from 'kysely';
import { AppError, type FieldIssue, type Savings, type savingsRequestSchema } from '@jiliang/shared';
import { convertUnit, verifyEnergySavings } from '@jiliang/calc';
import type { z } from 'zod';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { listEnterprisePoints, listMonthlyConsumption } from './consumption.repository.ts';
import { withEnergyTables } from './energy.tables.ts';
import { createEnergyIssue, throwEnergyValidation } from './energy-issues.ts';

/**
 * Energy-savings verification (节能量审核, issue 8 §5; CM-6(5)): monthly energy — from the points' month rollups
 * or entered — and production entered with its evidence; the pure core (packages/calc verifyEnergySavings,
 * GB/T 28750-2012) fits the baseline regression on production, adjusts it to the reporting months and gives
 * the savings with their uncertainty. Reporting months come after the baseline months.
 */
type Request = z.output<typeof savingsRequestSchema>;
type Period = Request['baseline'][number];
const WHAT = 'energy-savings verification';
const REGISTER_KINDS = ['enterprise', 'institution', 'laboratory'];

export const createSavingsService = ({ db: baseDb, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const db = withEnergyTables(baseDb);

  /** Energy per month from the points, summed in the first point's unit. */
  const readEnergy = async (enterpriseId: string, request: Request, all: { list: 'baseline' | 'reporting'; i: number; p: Period }[]) => {
    const pointIds = request.pointIds ?? [];
    const points = new Map((await listEnterprisePoints(baseDb, enterpriseId)).map((p) => [p.id, p]));
    const issues: FieldIssue[] = [];
    pointIds.forEach((id, i) => {
      const p = points.get(id);
      if (!p || p.registerKind === 'instantaneous') issues.push(createEnergyIssue(`pointIds[${i}]`, 'a counting point of this enterprise'));
    });
    all.forEach(({ list, i, p }) => {
      if (p.energy !== undefined)
        issues.push(createEnergyIssue(`${list}[${i}].energy`, 'comes from pointIds: leave it out, or leave out pointIds'));
    });
    if (issues.length > 0) throwEnergyValidation(WHAT, issues);
    const unit = points.get(pointIds[0]!)!.unit;
    const months = all.map((a) => `${a.p.period}-01`).sort();
    const rows = await listMonthlyConsumption(baseDb, pointIds, months[0]!, months[months.length - 1]!);
    const energyOf = (period: string, path: string) =>
      pointIds.reduce((sum, id) => {
        const p = points.get(id)!;
        const row = rows.find((r) => r.pointId === id && r.bucket === `${period}-01`);
        if (!row) {
          issues.push(createEnergyIssue(path, `${p.code} has no meter data for ${period} (rollups_month)`));
          return sum;
        }
        try {
          return sum + (p.unit === unit ? row.consumption! : convertUnit(row.consumption!, p.unit, unit));
        } catch {
          issues.push(createEnergyIssue('pointIds', `${p.code} reads ${p.unit}, the first point ${unit}: one energy, one dimension`));
          return sum;
        }
      }, 0);
    const filled = all.map(({ list, i, p }) => ({ list, period: { ...p, energy: energyOf(p.period, `${list}[${i}].period`) } }));
    if (issues.length > 0) throwEnergyValidation(WHAT, issues);
    return { unit, filled };
  };

  const createVerification = async (actor: AuditActor, enterpriseId: string, request: Request): Promise<Savings> => {
    const org = await db.selectFrom('organisations').select(['id', 'kind']).where('id', '=', enterpriseId).executeTakeFirst();
    if (!org || !REGISTER_KINDS.includes(org.kind))
      throw new AppError('VALIDATION_FAILED', '节能量审核针对用能单位 (savings are verified for an energy-using unit)', [
        { field: 'id', rule: 'an enterprise, institution or laboratory (GB/T 28750-2012)', message: String(org?.kind) },
      ]);
    const all = [
      ...request.baseline.map((p, i) => ({ list: 'baseline' as const, i, p })),
      ...request.reporting.map((p, i) => ({ list: 'reporting' as const, i, p })),
    ];
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    for (const { list, i, p } of all) {
      if (seen.has(p.period)) issues.push(createEnergyIssue(`${list}[${i}].period`, `${p.period} is listed twice`));
      seen.add(p.period);
    }
    const lastBaseline =
      request.baseline
        .map((p) => p.period)
        .sort()
        .pop() ?? '';
    request.reporting.forEach((p, i) => {
      if (p.period <= lastBaseline)
        issues.push(createEnergyIssue(`reporting[${i}].period`, `after the last baseline month ${lastBaseline}`));
    });
    const fromPoints = (request.pointIds?.length ?? 0) > 0;
    if (!fromPoints) {
      if (!request.energyUnit) issues.push(createEnergyIssue('energyUnit', 'the unit of the entered energy (or give pointIds)'));
      for (const { list, i, p } of all)
        if (p.energy === undefined) issues.push(createEnergyIssue(`${list}[${i}].energy`, 'required when no pointIds are given'));
    }
    if (issues.length > 0) throwEnergyValidation(WHAT, issues);
    let unit = request.energyUnit ?? '';
    let baseline = request.baseline.map((p) => ({ ...p, energy: p.energy ?? 0 }));
    let reporting = request.reporting.map((p) => ({ ...p, energy: p.energy ?? 0 }));
    if (fromPoints) {
      const read = await readEnergy(enterpriseId, request, all);
      unit = read.unit;
      baseline = read.filled.filter((f) => f.list === 'baseline').map((f) => ({ ...f.period, energy: f.period.energy }));
      reporting = read.filled.filter((f) => f.list === 'reporting').map((f) => ({ ...f.period, energy: f.period.energy }));
    }
    const result = verifyEnergySavings({ baseline, reporting, k: request.k, unit });
    const sorted = (list: { period: string }[]) => list.map((p) => p.period).sort();
    const now = clock.now();
    const id = await db.transaction().execute(async (trx) => {
      const { id: savingsId } = await trx
        .insertInto('energySavingsVerifications')
        .values({
          enterpriseId,
          title: request.title,
          baselineFrom: `${sorted(baseline)[0]}-01`,
          baselineTo: `${sorted(baseline).pop()}-01`,
          reportingFrom: `${sorted(reporting)[0]}-01`,
          reportingTo: `${sorted(reporting).pop()}-01`,
          energyUnit: unit,
          input: JSON.stringify({ ...request, baseline, reporting }),
          result: JSON.stringify(result),
          savings: result.savings,
          expandedUncertainty: result.uncertainty.expanded,
          coverageFactor: result.uncertainty.k,
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
          action: 'energy.savings.create',
          entityType: 'energy_savings',
          entityId: savingsId,
          after: { savings: result.savings, expanded: result.uncertainty.expanded, unit },
        },
        now,
      );
      return savingsId;
    });
    return (await listVerifications(enterpriseId)).find((s) => s.id === id)!;
  };

  const listVerifications = async (enterpriseId: string): Promise<Savings[]> =>
    (
      await db
        .selectFrom('energySavingsVerifications')
        .selectAll()
        .where('enterpriseId', '=', enterpriseId)
        .orderBy('createdAt', 'desc')
        .limit(200)
        .execute()
    ).map((r) => {
      const input = r.input as Request & { baseline: Savings['baseline']; reporting: Savings['reporting'] };
      const result = r.result as ReturnType<typeof verifyEnergySavings>;
      return {
        id: r.id,
        enterpriseId: r.enterpriseId,
        title: r.title,
        energyUnit: r.energyUnit,
        productionUnit: input.productionUnit,
        evidence: input.evidence,
        pointIds: input.pointIds ?? [],
        baseline: input.baseline,
        reporting: input.reporting,
        model: result.model,
        adjustedBaseline: result.adjustedBaseline,
        reportingEnergy: result.reporting.energy,
        savings: result.savings,
        savingsRate: result.savingsRate,
        uncertainty: result.uncertainty,
        extrapolated: result.extrapolated,
        clause: result.clause,
        actorLabel: r.actorLabel,
        createdAt: r.createdAt.toISOString(),
      };
    });

  return { createVerification, listVerifications };
};
