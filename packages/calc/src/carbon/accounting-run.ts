import type { AccountingRecord, AccountingResult, CalcEmissionsInput, RunDifference } from '@jiliang/shared';
import { convertParsedUnit } from '../units/convert-unit.ts';
import { parseUnit } from '../units/parse-unit.ts';
import { computeEmissionsOfModels } from './compute-emissions.ts';
import { buildEmissionModels } from './emission-models.ts';

/**
 * An accounting run (issue 7 §3) is a pure function of its record: the calculator's input with every factor value
 * resolved, the activity per month and the measured fraction of each source. The server builds the record from the
 * store; `jiliang calc verify` and the server's verify recompute the result from the record alone and compare it
 * bit for bit. Changing anything below changes results: bump the method version with it.
 */
export const CARBON_METHOD_VERSION = 'jiliang-carbon/1 (GB/T 32150-2015; JJF 1059.1-2012; IPCC 2006 Vol.1 Eq.3.2; JCGM 101:2008)';

/** The counted, positive emissions and the part of them measured by instruments with valid certificates. */
const measuredPart = (
  sources: AccountingResult['emissions']['sources'],
  fractions: Record<string, number>,
): { measured: number; gross: number } =>
  sources
    .filter((s) => s.countedInTotal && s.tco2 > 0)
    .reduce((acc, s) => ({ measured: acc.measured + s.tco2 * (fractions[s.id] ?? 0), gross: acc.gross + s.tco2 }), {
      measured: 0,
      gross: 0,
    });

export const computeAccountingResult = (record: AccountingRecord): AccountingResult => {
  const input = record.calculation as CalcEmissionsInput;
  // The models are built once, for the period and for every month.
  const models = buildEmissionModels(input);
  const emissions = computeEmissionsOfModels(
    input,
    models,
    record.monteCarlo ? { monteCarlo: { iterations: record.monteCarlo.iterations, seed: record.monteCarlo.seed } } : {},
  );
  // Every model is linear in its activity quantity (input 0): a month is the same model at that month's quantity,
  // converted to the model's unit.
  const units = models.map((model, i) => [parseUnit(input.sources[i]!.quantity.unit), parseUnit(model.inputs[0]!.unit)] as const);
  const monthly = record.months.map(({ month, quantities }) => {
    const sources: Record<string, number> = {};
    let totalTco2 = 0;
    models.forEach((model, i) => {
      const x = Float64Array.from(model.inputs, (q) => q.value);
      x[0] = convertParsedUnit(quantities[model.id] ?? 0, units[i]![0], units[i]![1]);
      const tco2 = model.evaluate(x, 0, 1);
      sources[model.id] = tco2;
      if (model.countedInTotal) totalTco2 += tco2;
    });
    return { month, totalTco2, sources };
  });
  const { measured, gross } = measuredPart(emissions.sources, record.measuredFractions);
  return {
    emissions,
    monthly,
    measuredTco2: measured,
    measuredShare: gross > 0 ? measured / gross : null,
    intensity: {
      perProduct: record.production
        ? { value: emissions.totalTco2 / record.production.value, unit: `tCO2/${record.production.unit}` }
        : null,
      per10kYuan: record.outputValue10kYuan ? emissions.totalTco2 / record.outputValue10kYuan : null,
    },
  };
};

/** Every leaf where `stored` and `recomputed` differ; numbers compare with Object.is (bit for bit, -0 and NaN included). */
export const diffJson = (stored: unknown, recomputed: unknown, path = '$', out: RunDifference[] = []): RunDifference[] => {
  if (typeof stored === 'number' && typeof recomputed === 'number') {
    if (!Object.is(stored, recomputed)) out.push({ path, stored, recomputed });
    return out;
  }
  if (Array.isArray(stored) && Array.isArray(recomputed)) {
    if (stored.length !== recomputed.length) out.push({ path: `${path}.length`, stored: stored.length, recomputed: recomputed.length });
    stored.forEach((v, i) => i < recomputed.length && diffJson(v, recomputed[i], `${path}[${i}]`, out));
    return out;
  }
  if (stored && recomputed && typeof stored === 'object' && typeof recomputed === 'object') {
    const a = stored as Record<string, unknown>;
    const b = recomputed as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[key] === undefined && b[key] === undefined) continue;
      diffJson(a[key], b[key], `${path}.${key}`, out);
    }
    return out;
  }
  if (stored !== recomputed) out.push({ path, stored: stored ?? null, recomputed: recomputed ?? null });
  return out;
};

/** Recomputes a run from its record and names every figure that differs from the stored result. */
export const verifyAccountingRun = (record: AccountingRecord, stored: AccountingResult): RunDifference[] =>
  diffJson(stored, JSON.parse(JSON.stringify(computeAccountingResult(record))) as unknown);
