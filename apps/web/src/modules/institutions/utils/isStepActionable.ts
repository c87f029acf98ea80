import { toShanghaiDate, transition, type LifecycleEvent } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { buildSampleStepFacts } from './buildSampleStepFacts.ts';
import type { CaseOption } from './CaseOption.ts';
import { findStateInfo } from './findStateInfo.ts';
import { readCaseContext } from './readCaseContext.ts';

/**
 * Whether the step can be taken now: the server says so, or its form can supply the missing facts.
 * The server still decides when the form is sent; this only chooses between a button and a greyed one.
 */
export const isStepActionable = (caseView: InstitutionCase, option: CaseOption, now: Date): boolean => {
  if (option.allowed) return true;
  const state = findStateInfo(caseView.state)?.state;
  if (!state) return false;
  const context = readCaseContext(caseView);
  const sample = buildSampleStepFacts(option.event, context, toShanghaiDate(now));
  if (!sample) return false;
  return transition(state, option.event as LifecycleEvent, { ...context, ...sample }, now).ok;
};
