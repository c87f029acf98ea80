import type { EmissionSourceKind } from '@jiliang/shared';

/** A parameter as the form holds it: a factor code of the library, or a measured value with unit and uRel in %. */
export type ParameterFormValue = {
  mode: 'factor' | 'measured';
  factor?: string;
  value?: number | null;
  unit?: string;
  uRelPercent?: number | null;
};

export type SourceFormValues = {
  code: string;
  name: string;
  kind: EmissionSourceKind;
  subject: string;
  siteId?: string | null;
  activityFrom: 'point' | 'manual';
  pointId?: string;
  activityUnit: string;
  gas?: 'CH4' | 'N2O';
  origin?: 'fossil' | 'non_fossil';
  biomass?: boolean;
  parameters?: Record<string, ParameterFormValue | undefined>;
};
