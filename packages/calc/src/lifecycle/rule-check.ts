import type { Article } from './articles.ts';

/**
 * The outcome of checking one rule of the Measures. A violation names the rule (a stable snake_case
 * code for programs), the article it implements, and says what is wrong in Chinese (`message`) and in
 * English (`messageEn`); both messages end with the article, e.g. “（CM-13）” and “(CM-13)”.
 */
export type RuleViolation = { ok: false; rule: string; article: Article; message: string; messageEn: string };
export type RuleCheck = { ok: true } | RuleViolation;

export const RULE_OK: RuleCheck = { ok: true };

export const createViolation = (rule: string, article: Article, message: string, messageEn: string): RuleViolation => ({
  ok: false,
  rule,
  article,
  message: `${message}（${article}）`,
  messageEn: `${messageEn} (${article})`,
});
