import type { LifecycleContext } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';

/** The rules' view of a case, as the server builds it: the stored facts plus the type and routing. */
export const readCaseContext = (caseView: InstitutionCase): LifecycleContext => ({
  ...(caseView.facts as Partial<LifecycleContext>),
  institutionType: caseView.institutionType,
  isDirectApplicant: caseView.isDirectApplicant,
});
