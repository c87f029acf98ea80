-- Issue 5: the pipeline writes a batch's rows straight from bound arrays into `readings`, once, inside the batch's
-- transaction (modules/readings/ingest-merge.ts); nothing is staged, so a crash leaves nothing to sweep.
DROP TABLE ingest_staging;
