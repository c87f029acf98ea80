import { checkPasswordStrength } from '@jiliang/shared';
import type { Rule } from 'antd/es/form';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** The password policy (packages/shared) as a form rule; `username` is checked because a password must not contain it. */
export const usePasswordRule = (readUsername: () => string | undefined): Rule => {
  const { locale } = useLocale();
  return {
    validator: async (_, value: string | undefined) => {
      if (!value) return;
      const problem = checkPasswordStrength(value, readUsername());
      if (problem) throw new Error(locale === 'en' ? problem.messageEn : problem.message);
    },
  };
};
