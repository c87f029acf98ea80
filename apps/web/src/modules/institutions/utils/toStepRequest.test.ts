import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toStepRequest } from './toStepRequest.ts';

describe('toStepRequest', () => {
  it('submit_application carries the evidence per condition and both declarations (BM-8..10)', () => {
    const request = toStepRequest(
      'submit_application',
      {
        evidence: { legal_person: ' 法人证书 ', development_demand: '' },
        hasConsultationRecord: true,
        hasTruthfulnessDeclaration: true,
        note: '  ',
      },
      3,
    );
    expect(request).toEqual({
      event: 'submit_application',
      facts: { eligibilityEvidence: { legal_person: '法人证书' }, hasConsultationRecord: true, hasTruthfulnessDeclaration: true },
      note: undefined,
      expectedVersion: 3,
      annualReport: undefined,
    });
  });

  it('dates go as YYYY-MM-DD; a passed inspection needs no due date (CM-23)', () => {
    expect(toStepRequest('grant_extension', { extendedTo: dayjs('2030-05-31') }, 1).facts).toEqual({ extendedTo: '2030-05-31' });
    expect(toStepRequest('record_inspection_result', { supervisionPassed: true, supervisionDueOn: dayjs('2027-01-01') }, 1).facts).toEqual({
      supervisionPassed: true,
    });
    expect(toStepRequest('record_inspection_result', { supervisionPassed: false, supervisionDueOn: dayjs('2027-01-01') }, 1).facts).toEqual(
      {
        supervisionPassed: false,
        supervisionDueOn: '2027-01-01',
      },
    );
  });

  it('the annual report goes beside the facts (CM-19)', () => {
    expect(toStepRequest('submit_annual_report', { reportYear: 2026, reportSummary: ' 全年工作 ' }, 5).annualReport).toEqual({
      year: 2026,
      summary: '全年工作',
    });
  });
});
