import type { Locale } from '@jiliang/shared';
import { MESSAGES, type MessageKey } from './messages.ts';

export type MessageParams = Record<string, string | number>;

/** Looks the key up and fills `{name}` placeholders from params. */
export const translate = (locale: Locale, key: MessageKey, params?: MessageParams): string => {
  const entry = MESSAGES[key];
  const text = locale === 'en' ? entry.en : entry.zh;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
};
