import type { InstitutionCase } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { findStepAvailability } from './findStepAvailability.ts';

const NOW = new Date('2026-11-28T02:00:00Z');

const makeCase = (overrides: Partial<InstitutionCase>): InstitutionCase => ({
  id: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  organisationName: '测试基地',
  institutionType: 'data_application_base',
  state: 'application_draft',
  stateLabel: { zh: '填报申报书', en: 'application draft' },
  isDirectApplicant: false,
  isPriority: false,
  coBuilderIds: [],
  facts: {},
  preparationDeadline: null,
  establishedOn: null,
  certificateNumber: null,
  nextDueOn: null,
  nextDueKind: null,
  version: 1,
  timeline: [],
  options: [],
  ...overrides,
});

describe('findStepAvailability', () => {
  it('BM-8..10: submit_application is refused until evidence is attached, but its form supplies it', () => {
    const option = {
      event: 'submit_application',
      actor: 'applicant',
      allowed: false,
      to: null,
      article: 'BM-8(1)',
      reason: '尚未附证明材料',
    };
    expect(findStepAvailability(makeCase({}), option, NOW)).toEqual({ isActionable: true, article: 'BM-9' });
  });

  it('BM-14: an acceptance application after the last day stays refused, citing the rule', () => {
    const option = {
      event: 'apply_for_acceptance',
      actor: 'applicant',
      allowed: false,
      to: null,
      article: 'BM-14',
      reason: '验收申请应在筹建期限届满3个月前提出',
    };
    const late = makeCase({ state: 'preparation', facts: { preparationApprovedOn: '2023-09-01' } });
    expect(findStepAvailability(late, option, NOW)).toEqual({ isActionable: false, article: 'BM-14' });
  });

  it('a step without a form is what the server says', () => {
    const option = {
      event: 'pass_local_review',
      actor: 'local_bureau',
      allowed: true,
      to: 'provincial_review',
      article: 'BM-9',
      reason: null,
    };
    expect(findStepAvailability(makeCase({ state: 'local_review' }), option, NOW)).toEqual({ isActionable: true, article: 'BM-9' });
  });
});
