import type { STANDARD_LEVELS } from '@jiliang/shared';

export type StandardLevel = (typeof STANDARD_LEVELS)[number];
