import type { AccountingRunInput } from '@jiliang/shared';
import { toOptionalText } from '../../common/utils/toOptionalText.ts';
import type { RunFormValues } from './RunFormValues.ts';
import { toPeriodBounds } from './toPeriodBounds.ts';

const isNumber = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * POST /api/organisations/:id/accounting-runs from the form: whole months; the Monte Carlo only when iterations are
 * given (JCGM 101, the seed recorded); production only when product, value and unit are all there (the modal
 * refuses a partial one), so the intensity per product is never computed from half an input.
 */
export const toRunInput = (values: RunFormValues): AccountingRunInput => {
  const product = toOptionalText(values.product);
  const unit = toOptionalText(values.productionUnit);
  const note = toOptionalText(values.note);
  return {
    ...toPeriodBounds(values.months[0], values.months[1]),
    ...(values.gwpSet ? { gwpSet: values.gwpSet } : {}),
    ...(isNumber(values.iterations)
      ? { monteCarlo: { iterations: values.iterations, ...(isNumber(values.seed) ? { seed: values.seed } : {}) } }
      : {}),
    ...(product && unit && isNumber(values.productionValue) ? { production: { product, value: values.productionValue, unit } } : {}),
    ...(isNumber(values.outputValue10kYuan) ? { outputValue10kYuan: values.outputValue10kYuan } : {}),
    ...(note ? { note } : {}),
  };
};
