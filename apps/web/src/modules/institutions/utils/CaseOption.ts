import type { InstitutionCase } from '@jiliang/shared';

/** A step the lifecycle table defines from the case's stage, with what the rules say of it now. */
export type CaseOption = InstitutionCase['options'][number];
