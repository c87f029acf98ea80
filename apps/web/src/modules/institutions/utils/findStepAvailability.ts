import { toShanghaiDate, transition, type LifecycleEvent } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { buildSampleStepFacts } from './buildSampleStepFacts.ts';
import type { CaseOption } from './CaseOption.ts';
import { findStateInfo } from './findStateInfo.ts';
import { readCaseContext } from './readCaseContext.ts';

export type StepAvailability = {
  /** The server allows the step now, or its form can supply the facts it still lacks. */
  isActionable: boolean;
  /** The step's own article when it can be taken; otherwise the article of the rule that refuses it. */
  article: string | null;
};

/**
 * Whether a step can be taken: the server lists submit_application as refused until evidence is
 * attached — evidence that only its form brings — so the rules are tried again with the facts a
 * completed form would carry. The server still decides when the form is sent; this only chooses
 * between a button and a greyed one with the refusal's reason.
 */
export const findStepAvailability = (caseView: InstitutionCase, option: CaseOption, now: Date): StepAvailability => {
  if (option.allowed) return { isActionable: true, article: option.article };
  const state = findStateInfo(caseView.state)?.state;
  const context = readCaseContext(caseView);
  const sample = state ? buildSampleStepFacts(option.event, context, toShanghaiDate(now)) : undefined;
  if (!state || !sample) return { isActionable: false, article: option.article };
  const result = transition(state, option.event as LifecycleEvent, { ...context, ...sample }, now);
  return result.ok ? { isActionable: true, article: result.article } : { isActionable: false, article: option.article };
};
