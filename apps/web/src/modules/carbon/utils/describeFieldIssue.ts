import type { FieldIssue } from '@jiliang/shared';

/**
 * A field problem as a sentence. The server's rule checks put the rule in `rule` and the offending value in
 * `message` (`the last day of a calendar month` / `2025-03-30`); schema checks put the sentence in `message` and a
 * keyword in `rule`. A rule with a space in it is the sentence.
 */
export const describeFieldIssue = (issue: FieldIssue): string =>
  /\s/.test(issue.rule) ? `${issue.rule}（${issue.message}）` : issue.message;
