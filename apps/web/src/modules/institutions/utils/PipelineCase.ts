import type { Pipeline } from '@jiliang/shared';

/** One row of the pipeline board: an institution's case, its stage and next due date. */
export type PipelineCase = Pipeline['cases'][number];
