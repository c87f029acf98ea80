import type { Command } from 'commander';

/** `jiliang decode …`: filled in by its issue's work. */
export const registerDecodeCommands = (_program: Command): void => {};
