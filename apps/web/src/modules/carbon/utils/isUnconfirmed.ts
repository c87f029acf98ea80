import type { FactorConfirmation } from '@jiliang/shared';

/** S2 (third-party data only) and M (not confirmed): check before use (STANDARDS.md). */
export const isUnconfirmed = (confirmation: FactorConfirmation): boolean => confirmation === 'S2' || confirmation === 'M';
