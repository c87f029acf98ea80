import type { FactorConfirmation } from '@jiliang/shared';

const COLORS: Record<FactorConfirmation, string> = { verified: 'green', S: 'blue', S2: 'warning', M: 'warning', C: 'purple' };

/**
 * The Tag colour of a factor's confirmation (STANDARDS.md tags): checked against the official text green, cited blue,
 * computed purple; third-party-only (S2) and unconfirmed (M) values in the warning colour, labelled 待核实.
 */
export const confirmationColor = (confirmation: FactorConfirmation): string => COLORS[confirmation];
