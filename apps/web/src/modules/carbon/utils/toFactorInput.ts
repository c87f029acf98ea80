import type { EmissionFactorInput } from '@jiliang/shared';
import { toOptionalText } from '../../common/utils/toOptionalText.ts';
import type { FactorFormValues } from './FactorFormValues.ts';
import { shiftDecimal } from './shiftDecimal.ts';

/** POST /api/carbon/factors from the form: blanks as null, uRel from % to a fraction, the reason trimmed. */
export const toFactorInput = (values: FactorFormValues): EmissionFactorInput => ({
  code: values.code.trim(),
  kind: values.kind,
  subject: values.subject.trim(),
  name: values.name.trim(),
  region: values.region,
  value: values.value,
  unit: values.unit.trim(),
  uRel: typeof values.uRelPercent === 'number' ? shiftDecimal(values.uRelPercent, -2) : null,
  sourceDocument: values.sourceDocument.trim(),
  sourceEdition: toOptionalText(values.sourceEdition) ?? null,
  sourceTable: toOptionalText(values.sourceTable) ?? null,
  sourceRow: toOptionalText(values.sourceRow) ?? null,
  confirmation: values.confirmation,
  effectiveFrom: values.effectiveFrom,
  effectiveTo: values.effectiveTo ?? null,
  note: toOptionalText(values.note) ?? null,
  reason: toOptionalText(values.reason) ?? null,
});
