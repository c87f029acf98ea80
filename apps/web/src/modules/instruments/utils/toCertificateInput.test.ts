import { certificateInputSchema } from '@jiliang/shared';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toCertificateInput } from './toCertificateInput.ts';

describe('toCertificateInput (the certificate form → certificateInputSchema)', () => {
  it('writes dates as calendar days and results with U and k as stated (JJF 1059.1-2012 5.3)', () => {
    const input = toCertificateInput({
      number: ' JD-2026-001 ',
      kind: 'calibration',
      laboratoryName: ' 武汉东湖衡准计量校准有限公司 ',
      calibratedOn: dayjs('2026-05-10'),
      validUntil: null,
      conclusion: 'calibrated',
      referenceStandardIds: ['2ffc8bae-b832-436c-9a53-b2545f875eb7'],
      results: [
        {
          quantity: ' 体积流量 ',
          nominalValue: 1000,
          unit: 'm3/h',
          expandedUncertainty: 0.5,
          coverageFactor: 2,
          uncertaintyRelative: true,
        },
      ],
      notes: '  ',
    });
    expect(input).toEqual({
      number: 'JD-2026-001',
      kind: 'calibration',
      laboratoryName: '武汉东湖衡准计量校准有限公司',
      calibratedOn: '2026-05-10',
      issuedOn: null,
      validUntil: null,
      conclusion: 'calibrated',
      referenceStandardIds: ['2ffc8bae-b832-436c-9a53-b2545f875eb7'],
      results: [
        {
          quantity: '体积流量',
          nominalValue: 1000,
          measuredValue: null,
          correction: null,
          unit: 'm3/h',
          expandedUncertainty: 0.5,
          coverageFactor: 2,
          uncertaintyRelative: true,
        },
      ],
      notes: null,
    });
    expect(certificateInputSchema.safeParse(input).success).toBe(true);
  });

  it('leaves the JJF 1071-2010 5.12 rule to the schema: a calibration cannot state 合格', () => {
    const input = toCertificateInput({
      number: 'X',
      kind: 'calibration',
      laboratoryName: 'L',
      calibratedOn: dayjs('2026-05-10'),
      validUntil: dayjs('2026-05-09'),
      conclusion: 'pass',
    });
    const paths = certificateInputSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    // validUntil (2026-05-09) is before calibratedOn (2026-05-10), and 'pass' is a verification's verdict.
    expect(paths).toEqual(['validUntil', 'conclusion']);
  });
});
