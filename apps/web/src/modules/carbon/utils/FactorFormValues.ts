import type { FactorConfirmation, FactorKind, FactorRegion } from '@jiliang/shared';

/** The 新版本 / 新增因子 form: dates as 'YYYY-MM-DD', uRel in %. */
export type FactorFormValues = {
  code: string;
  kind: FactorKind;
  subject: string;
  name: string;
  region: FactorRegion;
  value: number;
  unit: string;
  uRelPercent?: number | null;
  sourceDocument: string;
  sourceEdition?: string | null;
  sourceTable?: string | null;
  sourceRow?: string | null;
  confirmation: FactorConfirmation;
  effectiveFrom: string;
  effectiveTo?: string | null;
  note?: string | null;
  reason?: string | null;
};
