import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InstitutionType } from '@jiliang/shared';
import { findArticle, isKnownArticle } from './articles.ts';
import type { LifecycleContext } from './context.ts';
import { LIFECYCLE_TABLE } from './lifecycle-table.ts';
import {
  LIFECYCLE_ACTOR_PERMISSIONS,
  isLifecycleActor,
  LIFECYCLE_EVENT_LABELS,
  LIFECYCLE_EVENTS,
  LIFECYCLE_STATE_INFO,
  LIFECYCLE_STATES,
  type LifecycleState,
} from './lifecycle-states.ts';
import { transition } from './transition.ts';

const TYPES: readonly InstitutionType[] = ['carbon_metrology_centre', 'data_application_base'];

const listReachable = (type: InstitutionType): Set<LifecycleState> => {
  const reached = new Set<LifecycleState>(['application_draft']);
  const queue: LifecycleState[] = ['application_draft'];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const row of LIFECYCLE_TABLE) {
      if (row.from !== state || findArticle(type, row.article) === null || reached.has(row.to)) continue;
      reached.add(row.to);
      queue.push(row.to);
    }
  }
  return reached;
};

describe('the lifecycle table as data (CM-3, BM-3: application, preparation, acceptance and supervision)', () => {
  it('CM-3, BM-3: every article a row cites exists in its Measure, and every row binds centres', () => {
    for (const row of LIFECYCLE_TABLE) {
      expect(row.article.CM, `${row.from} ${row.event}`).not.toBeNull();
      if (row.article.CM !== null) expect(isKnownArticle(row.article.CM)).toBe(true);
      if (row.article.BM !== null) expect(isKnownArticle(row.article.BM)).toBe(true);
    }
  });

  it('CM-3, BM-3: every state and event is labelled and every table row uses known ones', () => {
    for (const row of LIFECYCLE_TABLE) {
      expect(LIFECYCLE_STATES).toContain(row.from);
      expect(LIFECYCLE_STATES).toContain(row.to);
      expect(LIFECYCLE_EVENTS).toContain(row.event);
    }
    for (const state of LIFECYCLE_STATES) expect(LIFECYCLE_STATE_INFO[state].zh).not.toBe('');
    for (const event of LIFECYCLE_EVENTS) {
      expect(LIFECYCLE_EVENT_LABELS[event].zh).not.toBe('');
      expect(LIFECYCLE_TABLE.some((r) => r.event === event)).toBe(true);
    }
  });

  it('every actor of the table needs a permission (MEASURES.md §1), and only table actors are actors', () => {
    for (const row of LIFECYCLE_TABLE) expect(LIFECYCLE_ACTOR_PERMISSIONS[row.actor], row.event).toMatch(/^institutions:/);
    expect(isLifecycleActor('expert_panel')).toBe(true);
    expect(isLifecycleActor('toString')).toBe(false);
    expect(isLifecycleActor('auditor')).toBe(false);
  });

  it('CM-8, CM-16: alternatives for one (state, event) share an actor; all but the last have a condition, the last none', () => {
    const groups = new Map<string, typeof LIFECYCLE_TABLE>();
    for (const row of LIFECYCLE_TABLE) {
      const key = `${row.from} ${row.event}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, rows] of groups) {
      expect(
        rows.slice(0, -1).every((r) => r.when !== undefined),
        key,
      ).toBe(true);
      expect(rows[rows.length - 1]?.when, key).toBeUndefined();
      expect(new Set(rows.map((r) => r.actor)).size, key).toBe(1);
    }
  });

  it('CM-18, BM-19: every state is reachable from the application draft, for centres and for bases', () => {
    for (const type of TYPES) expect([...listReachable(type)].sort()).toEqual([...LIFECYCLE_STATES].sort());
  });

  it('CM-13, CM-17, CM-21..24: terminal states have no way out; every other state has one', () => {
    for (const state of LIFECYCLE_STATES) {
      const leaving = LIFECYCLE_TABLE.filter((r) => r.from === state && r.to !== state);
      expect(leaving.length > 0, state).toBe(!LIFECYCLE_STATE_INFO[state].terminal);
    }
  });

  it('CM-21: the data-security rows exist for centres only; CM-15 sampling is a guard, not a row', () => {
    const dataSecurity = LIFECYCLE_TABLE.filter((r) => r.event === 'revoke_for_data_leak' || r.event === 'sign_confidentiality_agreement');
    expect(dataSecurity.length).toBeGreaterThan(0);
    for (const row of dataSecurity) expect(row.article).toEqual({ CM: 'CM-21', BM: null });
    expect(LIFECYCLE_TABLE.filter((r) => r.article.BM === null).every((r) => r.article.CM === 'CM-21')).toBe(true);
  });

  it('CM-3, BM-3: for any state, event, context and instant, transition answers with a known state and a known article (property)', () => {
    const arbitraryDate = fc
      .record({ y: fc.integer({ min: 2023, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const arbitraryContext: fc.Arbitrary<LifecycleContext> = fc.record(
      {
        institutionType: fc.constantFrom(...TYPES),
        isDirectApplicant: fc.boolean(),
        eligibilityEvidence: fc.constantFrom({}, { legal_person: ['x'] }),
        hasConsultationRecord: fc.boolean(),
        hasTruthfulnessDeclaration: fc.boolean(),
        expertOpinion: fc.record({ materialReviewPassed: fc.boolean(), onSiteCheckPassed: fc.boolean() }),
        preparationApprovedOn: arbitraryDate,
        grantedExtensions: fc.array(fc.record({ extendedTo: arbitraryDate }), { maxLength: 2 }),
        extendedTo: arbitraryDate,
        acceptanceApplication: fc.record({
          hasCompetentDepartmentConsent: fc.boolean(),
          hasSummaryReport: fc.boolean(),
          hasFollowUpPlan: fc.boolean(),
        }),
        onSiteReview: fc.record({ openingMeetingHeld: fc.boolean(), closingMeetingHeld: fc.boolean(), samplingRecorded: fc.boolean() }),
        score: fc.oneof(fc.double({ min: -10, max: 120, noNaN: false }), fc.integer({ min: 0, max: 100 })),
        rectificationDueOn: arbitraryDate,
        rectificationNoticeDueOn: arbitraryDate,
        supervisionPassed: fc.boolean(),
        supervisionDueOn: arbitraryDate,
      },
      { requiredKeys: ['institutionType', 'isDirectApplicant'] },
    );
    const arbitraryNow = fc.date({ min: new Date('2023-03-01T00:00:00Z'), max: new Date('2045-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(
        fc.constantFrom(...LIFECYCLE_STATES),
        fc.constantFrom(...LIFECYCLE_EVENTS),
        arbitraryContext,
        arbitraryNow,
        (state, event, context, now) => {
          const result = transition(state, event, context, now);
          expect(isKnownArticle(result.article)).toBe(true);
          if (result.ok) {
            expect(LIFECYCLE_STATES).toContain(result.to);
            expect(LIFECYCLE_STATE_INFO[state].terminal).toBe(false);
            for (const effect of result.effects) expect(isKnownArticle(effect.article)).toBe(true);
          } else {
            expect(result.message).toContain(`（${result.article}）`);
            expect(result.messageEn).toContain(`(${result.article})`);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
