import type { Command } from 'commander';

/** `jiliang calc …`: filled in by its issue's work. */
export const registerCalcCommands = (_program: Command): void => {};
