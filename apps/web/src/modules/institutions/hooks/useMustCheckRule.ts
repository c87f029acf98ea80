import type { FormRule } from 'antd';
import { useMemo } from 'react';
import { settleValidation } from '../../common/utils/settleValidation.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** A declaration or record the Measures require: the box must be ticked, with the reason as the message. */
export const useMustCheckRule = (message?: string): FormRule => {
  const { t } = useLocale();
  const text = message ?? t('steps.required');
  return useMemo(() => ({ validator: (_, value: unknown) => settleValidation(value === true ? undefined : text) }), [text]);
};
