import type { Command } from 'commander';

/** `jiliang review …`: filled in by its issue's work. */
export const registerReviewCommands = (_program: Command): void => {};
