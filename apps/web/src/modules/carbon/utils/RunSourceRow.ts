import type { ActivityOrigin, EmissionSourceKind, FactorUse, SourceProvenance } from '@jiliang/shared';

/** One line of a run's per-source table: the calculator's result joined with the record's provenance. */
export type RunSourceRow = {
  id: string;
  code: string;
  name: string;
  kind: EmissionSourceKind;
  siteName: string | null;
  activityValue: number;
  activityUnit: string;
  origin: ActivityOrigin;
  pointCode: string | null;
  certificates: SourceProvenance['activity']['certificates'];
  missingMonths: string[];
  /** Share of the activity from instruments with a valid certificate on the day (0–1). */
  measuredFraction: number;
  factors: FactorUse[];
  tco2: number;
  uRel: number | null;
  countedInTotal: boolean;
};
