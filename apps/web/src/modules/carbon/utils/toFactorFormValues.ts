import type { EmissionFactor } from '@jiliang/shared';
import type { FactorFormValues } from './FactorFormValues.ts';
import { shiftDecimal } from './shiftDecimal.ts';

/**
 * The next version's form starts from the version it follows (issue 7 §1: a change makes a new version), with uRel
 * in % and the reason left blank for the person to give; its actor, date and version number are the server's.
 */
export const toFactorFormValues = (factor: EmissionFactor): FactorFormValues => ({
  code: factor.code,
  kind: factor.kind,
  subject: factor.subject,
  name: factor.name,
  region: factor.region,
  value: factor.value,
  unit: factor.unit,
  uRelPercent: factor.uRel === null ? null : shiftDecimal(factor.uRel, 2),
  sourceDocument: factor.sourceDocument,
  sourceEdition: factor.sourceEdition,
  sourceTable: factor.sourceTable,
  sourceRow: factor.sourceRow,
  confirmation: factor.confirmation,
  effectiveFrom: factor.effectiveFrom,
  effectiveTo: factor.effectiveTo,
  note: factor.note,
  reason: null,
});
