import type { ActivityEntryInput } from '@jiliang/shared';
import { shiftDecimal } from './shiftDecimal.ts';

export type EntryFormValues = { month: string; value: number; unit: string; uRelPercent?: number | null; evidence: string };

/** POST /api/emission-sources/:id/activity-entries: a month 'YYYY-MM', uRel typed in % sent as a fraction. */
export const toActivityEntryInput = (values: EntryFormValues): ActivityEntryInput => ({
  month: values.month,
  value: values.value,
  unit: values.unit.trim(),
  ...(typeof values.uRelPercent === 'number' ? { uRel: shiftDecimal(values.uRelPercent, -2) } : {}),
  evidence: values.evidence.trim(),
});
