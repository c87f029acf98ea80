import { checkPasswordStrength } from '@jiliang/shared';
import type { Rule } from 'antd/es/form';
import { settleValidation } from '../../common/utils/settleValidation.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** The password policy (packages/shared) as a form rule; `username` is checked because a password must not contain it. */
export const usePasswordRule = (readUsername: () => string | undefined): Rule => {
  const { locale } = useLocale();
  return {
    validator: (_, value: string | undefined) => {
      const problem = value ? checkPasswordStrength(value, readUsername()) : undefined;
      return settleValidation(problem && (locale === 'en' ? problem.messageEn : problem.message));
    },
  };
};
