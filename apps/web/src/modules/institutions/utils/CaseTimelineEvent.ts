import type { InstitutionCase } from '@jiliang/shared';

export type CaseTimelineEvent = InstitutionCase['timeline'][number];
