import type { AccountingRecord, AccountingResult, RunComparison } from '@jiliang/shared';

type RunView = { id: string; record: AccountingRecord; result: AccountingResult };

/**
 * Two runs side by side, per source (issue 7: "changing a factor version and re-running shows the difference per
 * source"): the tCO2 of each, the delta, the factor versions that changed and the change in activity.
 */
export const compareAccountingRuns = (base: RunView, other: RunView): RunComparison => {
  const ids = [...new Set([...base.record.provenance.map((p) => p.sourceId), ...other.record.provenance.map((p) => p.sourceId)])];
  const tco2Of = (run: RunView, id: string) => run.result.emissions.sources.find((s) => s.id === id)?.tco2 ?? null;
  const quantityOf = (run: RunView, id: string) => run.record.calculation.sources.find((s) => s.id === id)?.quantity.value ?? 0;
  const sources = ids.map((sourceId) => {
    const a = base.record.provenance.find((p) => p.sourceId === sourceId);
    const b = other.record.provenance.find((p) => p.sourceId === sourceId);
    const parameters = [...new Set([...(a?.factors ?? []).map((f) => f.parameter), ...(b?.factors ?? []).map((f) => f.parameter)])];
    const factorChanges = parameters.flatMap((parameter) => {
      const fa = a?.factors.find((f) => f.parameter === parameter);
      const fb = b?.factors.find((f) => f.parameter === parameter);
      if (fa && fb && fa.factorId === fb.factorId) return [];
      return [
        {
          parameter,
          code: (fb ?? fa)!.code,
          baseVersion: fa?.version ?? null,
          otherVersion: fb?.version ?? null,
          baseValue: fa?.value ?? null,
          otherValue: fb?.value ?? null,
        },
      ];
    });
    const [baseTco2, otherTco2] = [tco2Of(base, sourceId), tco2Of(other, sourceId)];
    return {
      sourceId,
      code: (b ?? a)!.code,
      name: (b ?? a)!.name,
      baseTco2,
      otherTco2,
      deltaTco2: (otherTco2 ?? 0) - (baseTco2 ?? 0),
      factorChanges,
      activityDelta: quantityOf(other, sourceId) - quantityOf(base, sourceId),
    };
  });
  return {
    baseRunId: base.id,
    otherRunId: other.id,
    totalDeltaTco2: other.result.emissions.totalTco2 - base.result.emissions.totalTco2,
    sources,
  };
};

export type EmissionsSankey = {
  nodes: { name: string; group: 'carrier' | 'kind' | 'total' }[];
  links: { source: string; target: string; value: number }[];
};

/**
 * Energy carriers → GB/T 32150 source groups → the total (issue 7 §6), in tCO2. Only positive, counted flows are drawn:
 * a Sankey cannot show the exported and recovered amounts that are subtracted; the report's table lists them.
 */
export const buildEmissionsSankey = (
  run: RunView,
  labelOf: { subject: (subject: string) => string; kind: (kind: string) => string; total: string },
): EmissionsSankey => {
  const nodes = new Map<string, EmissionsSankey['nodes'][number]>();
  const links = new Map<string, EmissionsSankey['links'][number]>();
  const add = (source: string, target: string, value: number) => {
    const key = `${source}\u0000${target}`;
    const link = links.get(key) ?? { source, target, value: 0 };
    link.value += value;
    links.set(key, link);
  };
  for (const s of run.result.emissions.sources) {
    if (!s.countedInTotal || s.tco2 <= 0) continue;
    const provenance = run.record.provenance.find((p) => p.sourceId === s.id);
    const carrier = labelOf.subject(provenance?.subject ?? s.kind);
    const kind = labelOf.kind(s.kind);
    nodes.set(carrier, { name: carrier, group: 'carrier' });
    nodes.set(kind, { name: kind, group: 'kind' });
    add(carrier, kind, s.tco2);
    add(kind, labelOf.total, s.tco2);
  }
  if (links.size > 0) nodes.set(labelOf.total, { name: labelOf.total, group: 'total' });
  return { nodes: [...nodes.values()], links: [...links.values()] };
};
