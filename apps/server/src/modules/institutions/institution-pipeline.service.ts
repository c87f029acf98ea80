import type { Kysely } from 'kysely';
import type { Pipeline } from '@jiliang/shared';
import {
  LIFECYCLE_STATES,
  LIFECYCLE_STATE_INFO,
  isPastDue,
  transition,
  type LifecycleState,
  type NextDue,
  type Scope,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import type { CaseEventsService } from './case-events.service.ts';
import { contextOf } from './institution-events.ts';
import { listCaseRows, type CaseRow } from './institution.repository.ts';

/**
 * Every case at once (part of the institution service, institution.service.ts): the Province's
 * pipeline and the clock's deadline sweep.
 */
export const createInstitutionPipelineService = ({
  db,
  clock,
  nextDueOf,
  applyEvent,
}: {
  db: Kysely<Database>;
  clock: Clock;
  nextDueOf: (row: CaseRow, now: Date) => Promise<NextDue | undefined>;
  applyEvent: CaseEventsService['applyEvent'];
}) => {
  /** The Province's board: institutions by stage, overdue first (then by next due date). */
  const getPipeline = async (scope: Scope): Promise<Pipeline> => {
    const now = clock.now();
    const rows = (await listCaseRows(db)).filter((r) => {
      if (scope.kind === 'all') return true;
      if (scope.kind === 'none') return false;
      if (scope.kind === 'organisations') return scope.organisationIds.includes(r.organisationId);
      return r.regionCode === scope.regionCode;
    });
    const withDue = await Promise.all(rows.map(async (r) => ({ r, due: await nextDueOf(r, now) })));
    const cases = withDue
      .map(({ r, due }) => ({
        id: r.id,
        organisationId: r.organisationId,
        organisationName: r.organisationName,
        institutionType: r.institutionType,
        state: r.state,
        nextDueOn: due?.dueOn ?? null,
        nextDueKind: due?.kind ?? null,
        isOverdue: due !== undefined && isPastDue(due.dueOn, now),
      }))
      .sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue) || (a.nextDueOn ?? '9999').localeCompare(b.nextDueOn ?? '9999'));
    const stages = LIFECYCLE_STATES.map((state) => ({
      state,
      label: { zh: LIFECYCLE_STATE_INFO[state].zh, en: LIFECYCLE_STATE_INFO[state].en },
      count: cases.filter((c) => c.state === state).length,
    }));
    return { stages, cases };
  };

  /**
   * The clock's part (CM-13, CM-16): propose revoking preparation once the deadline in force has
   * passed, and record a lapsed 3-month rectification. The Province still confirms.
   */
  const sweepDeadlines = async (actor: AuditActor): Promise<{ applied: { organisationId: string; event: string }[] }> => {
    const applied: { organisationId: string; event: string }[] = [];
    for (const row of await listCaseRows(db)) {
      for (const event of ['propose_preparation_revocation', 'lapse_rectification'] as const) {
        if (transition(row.state as LifecycleState, event, contextOf(row), clock.now()).ok) {
          await applyEvent(actor, row.organisationId, { event, facts: {} }, { isProvince: true });
          applied.push({ organisationId: row.organisationId, event });
        }
      }
    }
    return { applied };
  };

  return { getPipeline, sweepDeadlines };
};
