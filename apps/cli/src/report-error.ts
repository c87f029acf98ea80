import { isAppError } from '@jiliang/shared';

/** One way to end a command that failed: `jiliang: CODE: message`, the field rules, exit code 1. */
export const reportError = (error: unknown): void => {
  const message = isAppError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  console.error(`jiliang: ${message}`);
  if (isAppError(error) && Array.isArray(error.details))
    for (const d of error.details as { field: string; rule: string }[]) console.error(`  ${d.field}: ${d.rule}`);
  process.exitCode = 1;
};
