import type { GwpSetName } from '@jiliang/shared';

/** The 新建核算 form, months already as 'YYYY-MM' (the modal converts its month pickers). */
export type RunFormValues = {
  months: [string, string];
  iterations?: number | null;
  seed?: number | null;
  product?: string;
  productionValue?: number | null;
  productionUnit?: string;
  outputValue10kYuan?: number | null;
  gwpSet?: GwpSetName;
  note?: string;
};
