import { z } from 'zod';
import { INSTITUTION_TYPES } from './organisation.ts';

/**
 * API shapes of the institution lifecycle (CM-7..CM-24 / BM-8..BM-24). The states, events and rules
 * themselves live in packages/calc (lifecycle/); these are the request and response bodies.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD (Asia/Shanghai)');

export const openCaseSchema = z
  .object({
    isDirectApplicant: z.boolean().default(false),
    isInLocalPlan: z.boolean().default(false),
    hasLocalGovernmentCommitment: z.boolean().default(false),
    coBuilderIds: z.array(z.string().uuid()).max(20).default([]),
  })
  .meta({ id: 'OpenCase' });
export type OpenCase = z.infer<typeof openCaseSchema>;

/** Facts a step may bring with it; each guard reads the ones it needs (packages/calc lifecycle/context.ts). */
export const lifecycleFactsSchema = z
  .object({
    eligibilityEvidence: z.record(z.string(), z.string().trim().min(1).max(2000)).optional(),
    hasConsultationRecord: z.boolean().optional(),
    hasTruthfulnessDeclaration: z.boolean().optional(),
    expertOpinion: z.object({ materialReviewPassed: z.boolean(), onSiteCheckPassed: z.boolean() }).optional(),
    extendedTo: isoDate.optional(),
    acceptanceApplication: z
      .object({ hasCompetentDepartmentConsent: z.boolean(), hasSummaryReport: z.boolean(), hasFollowUpPlan: z.boolean() })
      .optional(),
    onSiteReview: z.object({ openingMeetingHeld: z.boolean(), closingMeetingHeld: z.boolean(), samplingRecorded: z.boolean() }).optional(),
    /** CM-15 / BM-16: what the meetings recorded; the closing meeting hears the unit's opinion. Printed in the assessment report. */
    meetingNotes: z
      .object({
        opening: z.string().trim().max(2000).optional(),
        onSiteCheck: z.string().trim().max(2000).optional(),
        collectiveReview: z.string().trim().max(2000).optional(),
        unitOpinion: z.string().trim().max(2000).optional(),
      })
      .optional(),
    score: z.number().min(0).max(100).optional(),
    rectificationNoticeDueOn: isoDate.optional(),
    supervisionPassed: z.boolean().optional(),
    supervisionDueOn: isoDate.optional(),
  })
  .meta({ id: 'LifecycleFacts' });
export type LifecycleFacts = z.infer<typeof lifecycleFactsSchema>;

export const applyEventSchema = z
  .object({
    event: z.string().min(1).max(64),
    facts: lifecycleFactsSchema.default({}),
    note: z.string().trim().max(2000).optional(),
    /** Optimistic lock: the case version the person was looking at. */
    expectedVersion: z.number().int().min(1).optional(),
  })
  .meta({ id: 'ApplyEvent' });
export type ApplyEvent = z.infer<typeof applyEventSchema>;

export const caseEventSchema = z
  .object({
    seq: z.number().int(),
    event: z.string(),
    fromState: z.string(),
    toState: z.string(),
    article: z.string(),
    payload: z.record(z.string(), z.unknown()),
    actorLabel: z.string(),
    at: z.string(),
  })
  .meta({ id: 'CaseEvent' });

export const eventOptionSchema = z
  .object({
    event: z.string(),
    actor: z.string(),
    allowed: z.boolean(),
    to: z.string().nullable(),
    article: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'EventOption' });

export const institutionCaseSchema = z
  .object({
    id: z.string().uuid(),
    organisationId: z.string().uuid(),
    organisationName: z.string(),
    institutionType: z.enum(INSTITUTION_TYPES),
    state: z.string(),
    stateLabel: z.object({ zh: z.string(), en: z.string() }),
    isDirectApplicant: z.boolean(),
    isPriority: z.boolean(),
    coBuilderIds: z.array(z.string().uuid()),
    facts: z.record(z.string(), z.unknown()),
    preparationDeadline: z.string().nullable(),
    establishedOn: z.string().nullable(),
    certificateNumber: z.string().nullable(),
    nextDueOn: z.string().nullable(),
    nextDueKind: z.string().nullable(),
    version: z.number().int(),
    timeline: z.array(caseEventSchema),
    options: z.array(eventOptionSchema),
  })
  .meta({ id: 'InstitutionCase' });
export type InstitutionCase = z.infer<typeof institutionCaseSchema>;

export const PANEL_PURPOSES = ['application_review', 'acceptance_assessment', 'inspection', 're_review'] as const;

export const createPanelSchema = z
  .object({
    purpose: z.enum(PANEL_PURPOSES),
    leaderUserId: z.string().uuid(),
    memberUserIds: z.array(z.string().uuid()).min(1).max(30),
  })
  .meta({ id: 'CreatePanel' });
export type CreatePanel = z.infer<typeof createPanelSchema>;

export const panelSchema = z
  .object({
    id: z.string().uuid(),
    caseId: z.string().uuid(),
    purpose: z.enum(PANEL_PURPOSES),
    leaderUserId: z.string().uuid(),
    memberUserIds: z.array(z.string().uuid()),
  })
  .meta({ id: 'Panel' });

export const pipelineSchema = z
  .object({
    stages: z.array(z.object({ state: z.string(), label: z.object({ zh: z.string(), en: z.string() }), count: z.number().int() })),
    cases: z.array(
      z.object({
        id: z.string().uuid(),
        organisationId: z.string().uuid(),
        organisationName: z.string(),
        institutionType: z.enum(INSTITUTION_TYPES),
        state: z.string(),
        nextDueOn: z.string().nullable(),
        nextDueKind: z.string().nullable(),
        isOverdue: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Pipeline' });
export type Pipeline = z.infer<typeof pipelineSchema>;

export const scoringItemSchema = z.object({
  code: z.string().regex(/^[a-z_]{2,40}$/),
  title: z.string().min(1).max(100),
  weight: z.number().positive().max(100),
  guidance: z.string().max(500),
});

export const scoringTemplateSchema = z
  .object({ institutionType: z.enum(INSTITUTION_TYPES), items: z.array(scoringItemSchema).min(1).max(40) })
  .meta({ id: 'ScoringTemplate' });

export const submitSheetSchema = z.object({ scores: z.record(z.string(), z.number().min(0).max(100)) }).meta({ id: 'SubmitScoringSheet' });

/** CM-15: the registered verification/calibration items and key-parameter measurement items, drawn separately. */
export const samplingPopulationSchema = z.object({
  verificationCalibration: z.array(z.string().trim().min(1).max(200)).max(2000),
  keyParameter: z.array(z.string().trim().min(1).max(200)).max(2000),
});

export const drawSamplingSchema = z
  .object({
    share: z.number().gt(0).max(1),
    seed: z.string().trim().min(1).max(100).optional(),
    /** Omitted: drawn from the institution's capabilities register (issue 4). */
    population: samplingPopulationSchema.optional(),
  })
  .meta({ id: 'DrawSampling' });

export const scoringSchema = z
  .object({
    round: z.number().int(),
    template: scoringTemplateSchema,
    sheets: z.array(
      z.object({ memberUserId: z.string().uuid(), scores: z.record(z.string(), z.number()), total: z.number(), submittedAt: z.string() }),
    ),
    sampling: z
      .object({
        share: z.number(),
        seed: z.string(),
        population: samplingPopulationSchema,
        drawn: samplingPopulationSchema,
        drawnAt: z.string(),
        actorLabel: z.string(),
      })
      .nullable(),
    proposedScore: z.number().nullable(),
  })
  .meta({ id: 'Scoring' });
