import { findArticle, getMeasureOf, type Article } from './articles.ts';
import { toShanghaiDate } from './calendar.ts';
import type { LifecycleContext } from './context.ts';
import { LIFECYCLE_TABLE, type LifecycleEffect, type LifecycleTransitionRow } from './lifecycle-table.ts';
import {
  LIFECYCLE_EVENT_LABELS,
  LIFECYCLE_STATE_INFO,
  type LifecycleActor,
  type LifecycleEvent,
  type LifecycleState,
} from './lifecycle-states.ts';

export type TransitionFailureCode = 'NOT_ALLOWED_FROM_STATE' | 'NOT_FOR_INSTITUTION_TYPE' | 'GUARD_FAILED';

export type TransitionSuccess = {
  ok: true;
  from: LifecycleState;
  event: LifecycleEvent;
  to: LifecycleState;
  actor: LifecycleActor;
  article: Article;
  effects: readonly LifecycleEffect[];
};

export type TransitionFailure = {
  ok: false;
  code: TransitionFailureCode;
  rule: string;
  article: Article;
  message: string;
  messageEn: string;
};

export type TransitionResult = TransitionSuccess | TransitionFailure;

const labelOfState = (state: LifecycleState) => LIFECYCLE_STATE_INFO[state] ?? { zh: String(state), en: String(state) };
const labelOfEvent = (event: LifecycleEvent) => LIFECYCLE_EVENT_LABELS[event] ?? { zh: String(event), en: String(event) };

const isForType = (row: LifecycleTransitionRow, context: LifecycleContext): boolean =>
  findArticle(context.institutionType, row.article) !== null;

/** The article an event cites for this institution type; for an event its Measure lacks, the other Measure's. */
const findEventArticle = (event: LifecycleEvent, context: LifecycleContext): Article | undefined => {
  const rows = LIFECYCLE_TABLE.filter((r) => r.event === event);
  const own = rows.map((r) => findArticle(context.institutionType, r.article)).find((a) => a !== null);
  return own ?? rows.map((r) => r.article.CM ?? r.article.BM).find((a) => a !== null) ?? undefined;
};

const refuseFromState = (state: LifecycleState, event: LifecycleEvent, context: LifecycleContext): TransitionFailure => {
  const article = findEventArticle(event, context) ?? (getMeasureOf(context.institutionType) === 'CM' ? 'CM-3' : 'BM-3');
  const states = [...new Set(LIFECYCLE_TABLE.filter((r) => r.event === event && isForType(r, context)).map((r) => r.from))];
  const eventLabel = labelOfEvent(event);
  const stateLabel = labelOfState(state);
  return {
    ok: false,
    code: 'NOT_ALLOWED_FROM_STATE',
    rule: 'not_allowed_from_state',
    article,
    message: `“${stateLabel.zh}”阶段不能“${eventLabel.zh}”；可进行的阶段：${states.map((s) => labelOfState(s).zh).join('、') || '无'}（${article}）`,
    messageEn: `cannot ${eventLabel.en} in state "${stateLabel.en}"; allowed in: ${states.map((s) => labelOfState(s).en).join(', ') || 'none'} (${article})`,
  };
};

const refuseForType = (event: LifecycleEvent, context: LifecycleContext, rows: readonly LifecycleTransitionRow[]): TransitionFailure => {
  const article = rows.map((r) => r.article.CM ?? r.article.BM).find((a) => a !== null) ?? 'CM-3';
  const eventLabel = labelOfEvent(event);
  const base = context.institutionType === 'data_application_base';
  return {
    ok: false,
    code: 'NOT_FOR_INSTITUTION_TYPE',
    rule: 'not_for_institution_type',
    article,
    message: `“${eventLabel.zh}”依据${article}，仅适用于${base ? '省级碳计量中心，《湖北省计量数据建设应用基地建设管理办法》无此规定' : '计量数据建设应用基地'}（${article}）`,
    messageEn: `"${eventLabel.en}" rests on ${article} and applies to ${base ? 'carbon metrology centres only; the Measures for bases have no such rule' : 'data application bases only'} (${article})`,
  };
};

/**
 * The one lifecycle decision. Pure: the service loads the state and context, passes `now`, and on
 * success persists `to`, the article and the effects. Alternatives for the same (state, event) are
 * tried in table order (lifecycle-table.ts); the taken row's guards run in order and the first refusal
 * is returned.
 */
export const transition = (state: LifecycleState, event: LifecycleEvent, context: LifecycleContext, now: Date): TransitionResult => {
  const rows = LIFECYCLE_TABLE.filter((r) => r.from === state && r.event === event);
  if (rows.length === 0) return refuseFromState(state, event, context);
  const ownRows = rows.filter((r) => isForType(r, context));
  if (ownRows.length === 0) return refuseForType(event, context, rows);
  const row = ownRows.find((r) => !r.when || r.when.test(context)) ?? ownRows[ownRows.length - 1];
  if (!row) return refuseFromState(state, event, context);
  for (const guard of row.guards ?? []) {
    const check = guard(context, now);
    if (!check.ok)
      return {
        ok: false,
        code: 'GUARD_FAILED',
        rule: check.rule,
        article: check.article,
        message: check.message,
        messageEn: check.messageEn,
      };
  }
  const article = findArticle(context.institutionType, row.article);
  if (article === null) return refuseForType(event, context, rows);
  return {
    ok: true,
    from: state,
    event,
    to: row.to,
    actor: row.actor,
    article,
    effects: row.effects?.(context, toShanghaiDate(now)) ?? [],
  };
};

export type EventOption = {
  event: LifecycleEvent;
  actor: LifecycleActor;
  zh: string;
  en: string;
  result: TransitionResult;
};

/**
 * Every event the table defines from `state` for this institution type, each with what `transition`
 * would say now: the UI shows the allowed ones as actions and the refused ones with their reason.
 */
export const listEventOptions = (state: LifecycleState, context: LifecycleContext, now: Date): readonly EventOption[] => {
  const rows = LIFECYCLE_TABLE.filter((r) => r.from === state && isForType(r, context));
  const events = [...new Set(rows.map((r) => r.event))];
  return events.map((event) => {
    const actor = rows.find((r) => r.event === event)?.actor ?? 'system';
    return { event, actor, ...labelOfEvent(event), result: transition(state, event, context, now) };
  });
};

export type AvailableEvent = { event: LifecycleEvent; actor: LifecycleActor; to: LifecycleState; article: Article };

/** The events `transition` would accept now from `state` (system events included: the scheduler runs those). */
export const listAvailableEvents = (state: LifecycleState, context: LifecycleContext, now: Date): readonly AvailableEvent[] =>
  listEventOptions(state, context, now).flatMap(({ event, actor, result }) =>
    result.ok ? [{ event, actor, to: result.to, article: result.article }] : [],
  );
