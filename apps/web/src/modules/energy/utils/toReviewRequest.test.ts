import { energyReviewRequestSchema } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { toReviewRequest } from './toReviewRequest.ts';

describe('toReviewRequest', () => {
  it('turns the form into a request the server schema accepts: codes split, empty fields left out, the checklist complete', () => {
    const request = toReviewRequest({
      reviewDate: '2026-02-01',
      edition: 'auto',
      entryExitPoints: [{ name: '10 kV 进线', medium: 'electricity', direction: 'in', instrumentCodes: 'A001， A002;A003' }],
      subUnits: [{ siteId: '00000000-0000-4000-8000-000000000001', medium: 'electricity', value: 800, unit: 'kW', instrumentCodes: '' }],
      equipment: [{ id: 'M-101', name: '窑尾风机', medium: 'electricity', value: 315, unit: 'kW' }],
      facts: [
        { code: ' A001 ', meteringPointClass: 'III' },
        { code: 'W1', pipeDiameterMm: 100 },
      ],
      management: ['managementSystem', 'dataRecords'],
    });
    expect(request.entryExitPoints[0]?.instrumentCodes).toEqual(['A001', 'A002', 'A003']);
    expect(request.subUnits?.[0]).toEqual({
      siteId: '00000000-0000-4000-8000-000000000001',
      medium: 'electricity',
      consumption: { value: 800, unit: 'kW' },
    });
    expect(request.instrumentFacts).toEqual({ A001: { meteringPointClass: 'III' }, W1: { pipeDiameterMm: 100 } });
    expect(request.management).toEqual({
      managementSystem: true,
      instrumentRegister: false,
      calibrationPlan: false,
      trainedStaff: false,
      dataRecords: true,
      certificatesKept: false,
    });
    expect(energyReviewRequestSchema.safeParse(request).success).toBe(true);
  });
});
