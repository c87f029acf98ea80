import { energyReviewRequestSchema } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { toReviewFormValues } from './toReviewFormValues.ts';
import { toReviewRequest } from './toReviewRequest.ts';

describe('toReviewFormValues', () => {
  it('starts a new review from the last one: the same inventory and checklist, no dates', () => {
    const request = energyReviewRequestSchema.parse({
      reviewDate: '2026-02-01',
      rectificationDueOn: '2026-05-01',
      entryExitPoints: [{ name: '进线', medium: 'electricity', direction: 'in', instrumentCodes: ['A001', 'A002'] }],
      equipment: [{ id: 'M-1', name: '风机', medium: 'electricity', rating: { value: 315, unit: 'kW' } }],
      instrumentFacts: { A001: { meteringPointClass: 'II' } },
      management: {
        managementSystem: true,
        instrumentRegister: false,
        calibrationPlan: true,
        trainedStaff: false,
        dataRecords: false,
        certificatesKept: true,
      },
    });
    const values = toReviewFormValues(request);
    expect(values.reviewDate).toBeUndefined();
    expect(values.management).toEqual(['managementSystem', 'calibrationPlan', 'certificatesKept']);
    const again = toReviewRequest(values);
    expect(again).toEqual({
      edition: 'auto',
      entryExitPoints: request.entryExitPoints,
      subUnits: [],
      equipment: request.equipment,
      instrumentFacts: request.instrumentFacts,
      management: request.management,
    });
  });
});
