import type { AccountingRun, EmissionSourceKind } from '@jiliang/shared';
import type { RunSourceRow } from './RunSourceRow.ts';

/**
 * The per-source rows of a run, in the record's order: tCO2 and uRel from the result, the activity quantity from the
 * calculator's input (in the source's activity unit), its origin, certificates and factor versions from the provenance.
 */
export const listRunSources = (run: Pick<AccountingRun, 'record' | 'result'>): RunSourceRow[] =>
  run.record.provenance.map((p) => {
    const result = run.result.emissions.sources.find((s) => s.id === p.sourceId);
    const input = run.record.calculation.sources.find((s) => s.id === p.sourceId);
    return {
      id: p.sourceId,
      code: p.code,
      name: p.name,
      kind: p.kind as EmissionSourceKind,
      siteName: p.siteName,
      activityValue: input?.quantity.value ?? 0,
      activityUnit: p.activity.unit,
      origin: p.activity.origin,
      pointCode: p.activity.pointCode,
      certificates: p.activity.certificates,
      missingMonths: p.activity.missingMonths,
      measuredFraction: run.record.measuredFractions[p.sourceId] ?? 0,
      factors: p.factors,
      tco2: result?.tco2 ?? 0,
      uRel: result?.uRel ?? null,
      countedInTotal: result?.countedInTotal ?? false,
    };
  });
