import type { BenchmarkRequest } from '@jiliang/shared';
import type { BenchmarkFormValues } from './BenchmarkFormValues.ts';

/** The form's values as the benchmark request: a point line carries its point, an entered line its quantity and evidence. */
export const toBenchmarkRequest = (values: BenchmarkFormValues): BenchmarkRequest => ({
  standardId: 'GB 16780-2012',
  indicatorId: values.indicatorId,
  ...(values.categoryId ? { categoryId: values.categoryId } : { capacityTpd: values.capacityTpd }),
  period: { from: values.from, to: values.to },
  energy: values.lines.map((line) =>
    line.source === 'point'
      ? {
          source: 'point',
          pointId: line.pointId ?? '',
          energy: line.energy,
          ...(line.kgcePerUnit ? { kgcePerUnit: line.kgcePerUnit } : {}),
        }
      : {
          source: 'entered',
          energy: line.energy,
          quantity: line.quantity ?? 0,
          unit: line.unit ?? '',
          evidence: line.evidence ?? '',
          ...(line.kgcePerUnit ? { kgcePerUnit: line.kgcePerUnit } : {}),
        },
  ),
  production: { quantity: values.productionQuantity, unit: values.productionUnit, evidence: values.productionEvidence },
});
