import type { Kysely } from 'kysely';
import type { EnergyBalance, EnergyBalanceQuery, Medium } from '@jiliang/shared';
import { convertUnit, countDaysBetween, evaluateEnergyBalance, type EnergyBalanceMeter } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';
import { listEnterprisePoints, sumDailyConsumption, type PointRow } from './consumption.repository.ts';
import { createEnergyIssue, throwEnergyValidation } from './energy-issues.ts';

/**
 * The energy balance test (能量平衡测试, issue 8 §4; CM-6(5)) for a period over the meter hierarchy
 * (points.parent_point_id): each meter's consumption from the day rollups (Asia/Shanghai days, inclusive), the
 * tree handed to the pure core (packages/calc evaluateEnergyBalance: parent = Σ children + losses + unmetered,
 * flagged beyond the tolerance), as a table and as Sankey data. Instantaneous points are not energy and stay out.
 * Without `rootPointId` the first top meter (by code) that has child meters is taken; `roots` lists them all.
 */
const WHAT = 'energy balance';
const MAX_DAYS = 400;

export const createEnergyBalanceService = ({ db }: { db: Kysely<Database> }) => {
  const computeBalance = async (enterpriseId: string, query: EnergyBalanceQuery): Promise<EnergyBalance> => {
    if (query.to < query.from) throwEnergyValidation(WHAT, [createEnergyIssue('to', `on or after from ${query.from}`)]);
    if (countDaysBetween(query.from, query.to) > MAX_DAYS)
      throwEnergyValidation(WHAT, [createEnergyIssue('to', `a period of at most ${MAX_DAYS} days`)]);
    const points = (await listEnterprisePoints(db, enterpriseId)).filter((p) => p.registerKind !== 'instantaneous');
    const byId = new Map(points.map((p) => [p.id, p]));
    const children = new Map<string, PointRow[]>();
    for (const p of points)
      if (p.parentPointId && byId.has(p.parentPointId)) children.set(p.parentPointId, [...(children.get(p.parentPointId) ?? []), p]);
    const roots = points
      .filter((p) => (!p.parentPointId || !byId.has(p.parentPointId)) && (children.get(p.id)?.length ?? 0) > 0)
      .map((p) => ({ id: p.id, code: p.code, name: p.name, medium: p.medium as Medium }));
    const root = query.rootPointId ? byId.get(query.rootPointId) : roots[0] && byId.get(roots[0].id);
    if (!root)
      throwEnergyValidation(WHAT, [
        createEnergyIssue(
          'rootPointId',
          query.rootPointId
            ? 'a counting point (cumulative or interval) of this enterprise'
            : 'this enterprise has no meter hierarchy: give its sub-meters a parent point (points.parentPointId)',
        ),
      ]);
    const top = root!;
    const subtree: PointRow[] = [];
    const seen = new Set<string>();
    const collect = (p: PointRow) => {
      if (seen.has(p.id)) return;
      seen.add(p.id);
      subtree.push(p);
      for (const c of children.get(p.id) ?? []) collect(c);
    };
    collect(top);
    const sums = new Map(
      (
        await sumDailyConsumption(
          db,
          subtree.map((p) => p.id),
          query.from,
          query.to,
        )
      ).map((r) => [r.pointId, { consumption: Number(r.consumption ?? 0), days: Number(r.days) }]),
    );
    const reading = (p: PointRow) => {
      const value = sums.get(p.id)?.consumption ?? 0;
      try {
        return p.unit === top.unit ? value : convertUnit(value, p.unit, top.unit);
      } catch {
        return throwEnergyValidation(WHAT, [
          createEnergyIssue('rootPointId', `${p.code} reads ${p.unit}, ${top.code} reads ${top.unit}: one energy, one dimension per tree`),
        ]);
      }
    };
    const built = new Set<string>();
    const toMeter = (p: PointRow): EnergyBalanceMeter => {
      built.add(p.id);
      return {
        id: p.id,
        name: `${p.code} ${p.name}`,
        reading: reading(p),
        children: (children.get(p.id) ?? []).filter((c) => !built.has(c.id)).map(toMeter),
      };
    };
    const balance = evaluateEnergyBalance({
      period: { from: query.from, to: query.to },
      unit: top.unit,
      root: toMeter(top),
      tolerance: query.tolerance,
    });
    return {
      period: balance.period,
      unit: balance.unit,
      tolerance: balance.tolerance,
      root: { id: top.id, code: top.code, name: top.name },
      roots,
      rows: balance.rows.map((r) => ({
        ...r,
        code: byId.get(r.id)?.code ?? r.id,
        name: byId.get(r.id)?.name ?? r.name,
        daysWithData: sums.get(r.id)?.days ?? 0,
      })),
      totals: balance.totals,
      flagged: balance.flagged,
      sankey: balance.sankey,
      clause: 'GB/T 3484 企业能量平衡 (balance rules in packages/calc energy-balance.ts) [M]',
    };
  };

  return { computeBalance };
};
