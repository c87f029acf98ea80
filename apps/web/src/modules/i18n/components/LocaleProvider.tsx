import type { Locale } from '@jiliang/shared';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LocaleContext } from '../utils/LocaleContext.ts';
import { readStoredLocale } from '../utils/readStoredLocale.ts';
import { writeStoredLocale } from '../utils/writeStoredLocale.ts';

const applyDocumentLocale = (locale: Locale): void => {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
};

export const LocaleProvider = ({ children }: { children: ReactNode }) => {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    applyDocumentLocale(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    writeStoredLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN}>{children}</ConfigProvider>
    </LocaleContext.Provider>
  );
};
