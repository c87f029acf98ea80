import { AppError, type Permission } from '@jiliang/shared';
import {
  LIFECYCLE_ACTOR_PERMISSIONS,
  LIFECYCLE_EVENTS,
  LIFECYCLE_TABLE,
  type CalendarDate,
  type LifecycleActor,
  type LifecycleContext,
  type LifecycleEffect,
  type LifecycleEvent,
} from '@jiliang/calc';
import type { CaseRow } from './institution.repository.ts';

/*
 * The pure part of a lifecycle step (no I/O): who may trigger an event, and which facts a case
 * keeps between steps. case-events.service.ts applies a step; institution.routes.ts authorises by it.
 */

/** Every event has one actor in the table; the route authorises by it before the service runs. */
export const EVENT_ACTOR = new Map<string, LifecycleActor>();
for (const row of LIFECYCLE_TABLE) {
  const known = EVENT_ACTOR.get(row.event);
  if (known && known !== row.actor) throw new Error(`lifecycle event ${row.event} has two actors (${known}, ${row.actor})`);
  EVENT_ACTOR.set(row.event, row.actor);
}

export const isLifecycleEvent = (event: string): event is LifecycleEvent => (LIFECYCLE_EVENTS as readonly string[]).includes(event);

export const permissionForEvent = (event: string): Permission => {
  const actor = EVENT_ACTOR.get(event);
  if (!actor) {
    throw new AppError('VALIDATION_FAILED', `未知的办理事项“${event}” (unknown lifecycle event)`, [
      { field: 'event', rule: `one of ${LIFECYCLE_EVENTS.join(', ')}`, message: event },
    ]);
  }
  return LIFECYCLE_ACTOR_PERMISSIONS[actor];
};

/** Facts that belong to one step only (a score, a requested date): not kept for the next step. */
export const TRANSIENT_FACTS = [
  'score',
  'onSiteReview',
  'meetingNotes',
  'extendedTo',
  'supervisionPassed',
  'expertOpinion',
  'acceptanceApplication',
] as const;

export type StoredFacts = Omit<LifecycleContext, 'institutionType' | 'isDirectApplicant'> & { establishedOn?: CalendarDate };

export const contextOf = (row: CaseRow, extra: Partial<LifecycleContext> = {}): LifecycleContext => ({
  ...(row.facts as StoredFacts),
  ...extra,
  institutionType: row.institutionType,
  isDirectApplicant: row.isDirectApplicant,
});

/** What the service records after a successful transition (the pure core only says what). */
export const applyEffects = (
  facts: StoredFacts,
  event: LifecycleEvent,
  effects: readonly LifecycleEffect[],
  input: Partial<LifecycleContext>,
  today: CalendarDate,
): StoredFacts => {
  const next: StoredFacts = { ...facts };
  for (const effect of effects) {
    if (effect.kind !== 'set_due_date') continue;
    if (effect.due === 'preparation_deadline' && event === 'approve_preparation') next.preparationApprovedOn = today;
    if (effect.due === 'preparation_deadline' && event === 'grant_extension')
      next.grantedExtensions = [...(next.grantedExtensions ?? []), { extendedTo: effect.dueOn }];
    if (effect.due === 'rectification') next.rectificationDueOn = effect.dueOn;
    if (effect.due === 'rectification_notice') next.rectificationNoticeDueOn = effect.dueOn;
    if (effect.due === 'supervision_rectification' || effect.due === 'local_finding') next.supervisionDueOn = effect.dueOn;
  }
  if (event === 'establish') next.establishedOn = today;
  if (event === 'approve_preparation' && !next.preparationApprovedOn) next.preparationApprovedOn = today;
  if (input.acceptanceApplication) next.acceptanceApplication = input.acceptanceApplication;
  return next;
};
