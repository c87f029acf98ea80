import type { FieldIssue } from '@jiliang/shared';
import { createEnergyIssue, throwEnergyValidation } from './energy-errors.ts';

/**
 * Energy balance test (能量平衡测试; GB/T 3484 enterprise energy balance — clause numbers [M]) over a meter
 * hierarchy for one period, one energy carrier, one unit. Each parent meter's reading = Σ its children's
 * readings + its declared losses (e.g. transformer or line losses, computed or measured) + an unmetered
 * remainder. The remainder is flagged when it exceeds `tolerance` × the parent's reading (default 2 %,
 * our choice): positive is energy no child meter sees; negative means the children read more than the
 * parent (a meter error or a double count). Leaves are end uses. Totals telescope:
 * root = Σ leaves + Σ declared losses + Σ remainders.
 * `sankey` is ECharts-ready: node `name` is the meter id (unique), `displayName` the label; links with a
 * non-positive value are left out (ECharts draws none), and the table still shows them.
 */
export type EnergyBalanceMeter = {
  id: string;
  name: string;
  reading: number;
  declaredLoss?: number;
  children?: readonly EnergyBalanceMeter[];
};
export type EnergyBalanceInput = { period: { from: string; to: string }; unit: string; root: EnergyBalanceMeter; tolerance?: number };

export type EnergyBalanceFlag = 'ok' | 'unmetered_remainder' | 'children_exceed_parent' | 'end_use';
export type EnergyBalanceRow = {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
  input: number;
  outputs: number | null;
  declaredLoss: number;
  unmetered: number;
  /** (declared loss + unmetered) / input; null for an end use or a zero reading. */
  lossRate: number | null;
  flag: EnergyBalanceFlag;
};
export type EnergySankey = {
  nodes: { name: string; displayName: string; kind: 'meter' | 'loss' | 'unmetered' }[];
  links: { source: string; target: string; value: number }[];
};

const WHAT = 'energy balance';
const MAX_DEPTH = 50;

export const evaluateEnergyBalance = (input: EnergyBalanceInput) => {
  const tolerance = input.tolerance ?? 0.02;
  const issues: FieldIssue[] = [];
  if (!(tolerance >= 0 && tolerance < 1)) issues.push(createEnergyIssue('tolerance', `a fraction 0 ≤ tolerance < 1, got ${tolerance}`));
  const rows: EnergyBalanceRow[] = [];
  const sankey: EnergySankey = { nodes: [], links: [] };
  const names = new Set<string>();
  const addNode = (name: string, displayName: string, kind: EnergySankey['nodes'][number]['kind'], path: string) => {
    if (names.has(name)) issues.push(createEnergyIssue(`${path}.id`, `id "${name}" is used twice in the meter tree`));
    names.add(name);
    sankey.nodes.push({ name, displayName, kind });
  };

  const walk = (m: EnergyBalanceMeter, parentId: string | null, depth: number, path: string) => {
    if (depth > MAX_DEPTH) return issues.push(createEnergyIssue(path, `the meter tree is deeper than ${MAX_DEPTH} levels`));
    if (!(Number.isFinite(m.reading) && m.reading >= 0))
      issues.push(createEnergyIssue(`${path}.reading`, `a reading ≥ 0, got ${m.reading}`));
    const declaredLoss = m.declaredLoss ?? 0;
    if (!(Number.isFinite(declaredLoss) && declaredLoss >= 0))
      issues.push(createEnergyIssue(`${path}.declaredLoss`, `a loss ≥ 0, got ${declaredLoss}`));
    addNode(m.id, m.name, 'meter', path);
    const children = m.children ?? [];
    if (children.length === 0 && declaredLoss > 0)
      issues.push(createEnergyIssue(`${path}.declaredLoss`, 'an end use (no child meters) has no losses of its own to declare'));
    const outputs = children.length === 0 ? null : children.reduce((s, c) => s + c.reading, 0);
    const unmetered = outputs === null ? 0 : m.reading - outputs - declaredLoss;
    const flag: EnergyBalanceFlag =
      outputs === null
        ? 'end_use'
        : unmetered > tolerance * m.reading
          ? 'unmetered_remainder'
          : unmetered < -tolerance * m.reading
            ? 'children_exceed_parent'
            : 'ok';
    const lossRate = outputs === null || m.reading === 0 ? null : (declaredLoss + unmetered) / m.reading;
    rows.push({ id: m.id, name: m.name, parentId, depth, input: m.reading, outputs, declaredLoss, unmetered, lossRate, flag });
    if (parentId !== null && m.reading > 0) sankey.links.push({ source: parentId, target: m.id, value: m.reading });
    children.forEach((c, i) => walk(c, m.id, depth + 1, `${path}.children[${i}]`));
    if (declaredLoss > 0) {
      addNode(`${m.id}#loss`, `${m.name} 损耗`, 'loss', path);
      sankey.links.push({ source: m.id, target: `${m.id}#loss`, value: declaredLoss });
    }
    if (unmetered > 0) {
      addNode(`${m.id}#unmetered`, `${m.name} 未计量`, 'unmetered', path);
      sankey.links.push({ source: m.id, target: `${m.id}#unmetered`, value: unmetered });
    }
  };
  walk(input.root, null, 0, 'root');
  if (issues.length > 0) throwEnergyValidation(WHAT, issues);

  const endUse = rows.filter((r) => r.flag === 'end_use').reduce((s, r) => s + r.input, 0);
  const declaredLoss = rows.filter((r) => r.flag !== 'end_use').reduce((s, r) => s + r.declaredLoss, 0);
  const unmetered = rows.reduce((s, r) => s + r.unmetered, 0);
  const total = input.root.reading;
  return {
    period: input.period,
    unit: input.unit,
    tolerance,
    rows,
    totals: { input: total, endUse, declaredLoss, unmetered, closure: total === 0 ? null : (endUse + declaredLoss) / total },
    flagged: rows.filter((r) => r.flag === 'unmetered_remainder' || r.flag === 'children_exceed_parent').map((r) => r.id),
    sankey,
  };
};
