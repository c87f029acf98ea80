import { describe, expect, it } from 'vitest';
import { describeFieldIssue } from './describeFieldIssue.ts';
import { mapFieldIssues } from './mapFieldIssues.ts';
import { resolveRunField } from './resolveRunField.ts';
import { resolveSourceField } from './resolveSourceField.ts';

describe('describeFieldIssue', () => {
  it('reads a rule check as rule (value), a schema check as its message', () => {
    expect(describeFieldIssue({ field: 'periodEnd', rule: 'the last day of a calendar month', message: '2025-03-30' })).toBe(
      'the last day of a calendar month（2025-03-30）',
    );
    expect(describeFieldIssue({ field: 'month', rule: 'invalid_format', message: 'a calendar month YYYY-MM (Asia/Shanghai)' })).toBe(
      'a calendar month YYYY-MM (Asia/Shanghai)',
    );
  });
});

describe('mapFieldIssues (server problems on the form)', () => {
  it('puts both ends of a bad period on the month range, together', () => {
    // accounting-record.ts monthsOfPeriod: 2025-01-02 … 2025-03-30 breaks both rules
    const fields = mapFieldIssues(
      [
        { field: 'periodStart', rule: 'the first day of a calendar month (activity comes from monthly rollups)', message: '2025-01-02' },
        { field: 'body.periodEnd', rule: 'the last day of a calendar month', message: '2025-03-30' },
        { field: 'sources', rule: 'GB/T 32150: at least one emission source to account', message: 'none' },
      ],
      resolveRunField,
    );
    expect(fields).toEqual([
      {
        name: ['months'],
        errors: [
          'the first day of a calendar month (activity comes from monthly rollups)（2025-01-02）',
          'the last day of a calendar month（2025-03-30）',
        ],
      },
    ]);
  });
  it('puts a missing or unknown parameter on its factor select or measured value', () => {
    const modes = { carbonContent: 'factor', ncv: 'measured' } as const;
    expect(resolveSourceField('parameters.carbonContent', modes)).toEqual(['parameters', 'carbonContent', 'factor']);
    expect(resolveSourceField('parameters.ncv', modes)).toEqual(['parameters', 'ncv', 'value']);
    expect(resolveSourceField('parameters.ncv.unit', modes)).toEqual(['parameters', 'ncv', 'unit']);
    expect(resolveSourceField('activityUnit', modes)).toEqual(['activityUnit']);
    expect(resolveSourceField('enterpriseId', modes)).toBeUndefined();
    expect(resolveRunField('monteCarlo.iterations')).toEqual(['iterations']);
    expect(resolveRunField('production.unit')).toEqual(['product']);
  });
});
