import type { MeasurementStandard } from '@jiliang/shared';

/** POST /api/standards (standardInputSchema): a standard of an enterprise, institution or laboratory. */
export type StandardInput = {
  ownerId: string;
  name: string;
  code: string;
  level: MeasurementStandard['level'];
  measurand: string;
  rangeText?: string | null;
  uncertaintyText?: string | null;
  mpeRelative?: number | null;
  intervalMonths?: number | null;
  status?: MeasurementStandard['status'];
};
