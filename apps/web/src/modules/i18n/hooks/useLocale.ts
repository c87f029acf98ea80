import type { Locale } from '@jiliang/shared';
import { useCallback, useContext } from 'react';
import { LocaleContext } from '../utils/LocaleContext.ts';
import type { MessageKey } from '../utils/messages.ts';
import { pickLabel, type BilingualLabel } from '../utils/pickLabel.ts';
import { translate, type MessageParams } from '../utils/translate.ts';

export type LocaleTools = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
  pick: (label: BilingualLabel) => string;
};

export const useLocale = (): LocaleTools => {
  const context = useContext(LocaleContext);
  if (!context) throw new Error('useLocale must be used inside <LocaleProvider>');
  const { locale, setLocale } = context;
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
  const pick = useCallback((label: BilingualLabel) => pickLabel(label, locale), [locale]);
  return { locale, setLocale, t, pick };
};
