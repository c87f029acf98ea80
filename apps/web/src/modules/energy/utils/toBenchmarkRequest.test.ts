import { benchmarkRequestSchema } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { toBenchmarkRequest } from './toBenchmarkRequest.ts';

describe('toBenchmarkRequest', () => {
  it('keeps a point line to its point and an entered line to its quantity and evidence; the server schema accepts it', () => {
    const request = toBenchmarkRequest({
      indicatorId: 'clinker_comprehensive',
      capacityTpd: 5000,
      from: '2026-01',
      to: '2026-03',
      lines: [
        { source: 'point', energy: 'electricity', pointId: '00000000-0000-4000-8000-000000000001', quantity: 9, evidence: 'ignored' },
        { source: 'entered', energy: 'natural_gas', quantity: 88000, unit: 'm3', evidence: '结算单', kgcePerUnit: 1.25 },
      ],
      productionQuantity: 1000,
      productionUnit: 't',
      productionEvidence: '月报',
    });
    expect(request.energy).toEqual([
      { source: 'point', pointId: '00000000-0000-4000-8000-000000000001', energy: 'electricity' },
      { source: 'entered', energy: 'natural_gas', quantity: 88000, unit: 'm3', evidence: '结算单', kgcePerUnit: 1.25 },
    ]);
    expect(request).toMatchObject({ capacityTpd: 5000, period: { from: '2026-01', to: '2026-03' } });
    expect(benchmarkRequestSchema.safeParse(request).success).toBe(true);
  });
});
