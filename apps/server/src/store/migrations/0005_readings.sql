-- Meter data (issue 5; CM-6(3), BM-7(2)): points, readings partitioned by Shanghai month, revisions,
-- batches with receipts, a quarantine for rejected rows, and rollups per hour, day and calendar month.

-- A point (测点) is a measurement channel of an enterprise; it keeps its history when its instrument changes.
CREATE TABLE points (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  code text NOT NULL,
  name text NOT NULL,
  site_id uuid REFERENCES sites (id),
  -- The energy or medium (the instrument register's MEDIA) and what the register counts.
  medium text NOT NULL,
  register_kind text NOT NULL CHECK (register_kind IN ('cumulative', 'interval', 'instantaneous')),
  unit text NOT NULL,
  -- CT × PT × meter constant: register units → `unit`.
  multiplier double precision NOT NULL DEFAULT 1 CHECK (multiplier > 0),
  -- A cumulative register wraps to 0 after this value.
  rollover_value double precision CHECK (rollover_value IS NULL OR rollover_value > 0),
  interval_minutes integer NOT NULL DEFAULT 15 CHECK (interval_minutes BETWEEN 1 AND 1440),
  -- DL/T 645-2007 gateways address a point by meter address and data identifier.
  dlt645_address text,
  dlt645_data_id text,
  -- For a parent meter: the points whose sum it should equal (energy balance, issue 6).
  parent_point_id uuid REFERENCES points (id),
  created_at timestamptz NOT NULL,
  UNIQUE (enterprise_id, code)
);
CREATE UNIQUE INDEX points_dlt645_idx ON points (dlt645_address, dlt645_data_id) WHERE dlt645_address IS NOT NULL;

-- Which instrument serves the point from when; a swap records the old meter's closing and the new one's opening register.
CREATE TABLE point_instruments (
  point_id uuid NOT NULL REFERENCES points (id),
  from_at timestamptz NOT NULL,
  instrument_id uuid REFERENCES instruments (id),
  closing_reading double precision,
  opening_reading double precision,
  multiplier double precision CHECK (multiplier IS NULL OR multiplier > 0),
  reason text NOT NULL,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (point_id, from_at)
);

-- One row per (point, instant): ingestion is idempotent by that key. Partitions are created per Shanghai
-- month as data arrives (readings_yYYYYmMM); there is no default partition, so no month is ever silently lumped.
CREATE TABLE readings (
  point_id uuid NOT NULL,
  ts timestamptz NOT NULL,
  value double precision NOT NULL,
  batch_id uuid NOT NULL,
  PRIMARY KEY (point_id, ts)
) PARTITION BY RANGE (ts);

-- A different value for an existing (point, instant) is a revision: the old value, who, when and why.
CREATE TABLE reading_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL,
  ts timestamptz NOT NULL,
  old_value double precision NOT NULL,
  new_value double precision NOT NULL,
  batch_id uuid NOT NULL,
  actor_label text NOT NULL,
  reason text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX reading_revisions_idx ON reading_revisions (point_id, ts);

-- Every batch and its receipt; acknowledged only after the commit that wrote it.
CREATE TABLE ingest_batches (
  id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  source text NOT NULL CHECK (source IN ('http', 'file', 'mqtt', 'dlt645', 'replay', 'demo')),
  filename text,
  actor_label text NOT NULL,
  received_at timestamptz NOT NULL,
  committed_at timestamptz NOT NULL,
  row_count integer NOT NULL,
  accepted integer NOT NULL,
  duplicate integer NOT NULL,
  revised integer NOT NULL,
  rejected integer NOT NULL
);
CREATE INDEX ingest_batches_enterprise_idx ON ingest_batches (enterprise_id, received_at);

-- COPY lands here outside the merging transaction; the merge moves a batch's rows and deletes them.
CREATE TABLE ingest_staging (
  batch_id uuid NOT NULL,
  point_id uuid NOT NULL,
  ts timestamptz NOT NULL,
  value double precision NOT NULL,
  reason text,
  -- Rows of a batch that never committed (a crash between COPY and merge) are swept after an hour.
  staged_at timestamptz NOT NULL
);
CREATE INDEX ingest_staging_batch_idx ON ingest_staging (batch_id);

-- Rejected rows, with the reason, for a person to review and replay or dismiss; never dropped.
CREATE TABLE quarantine_rows (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  batch_id uuid NOT NULL,
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  row_no integer NOT NULL,
  raw jsonb NOT NULL,
  field text NOT NULL,
  reason text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'replayed', 'dismissed')),
  created_at timestamptz NOT NULL,
  resolved_at timestamptz,
  resolved_by text,
  replay_batch_id uuid
);
CREATE INDEX quarantine_rows_open_idx ON quarantine_rows (enterprise_id, status, created_at);

-- Rollups, maintained as data arrives: consumption (sum of deltas × multiplier) and reading statistics.
CREATE TABLE rollups_hour (
  point_id uuid NOT NULL,
  bucket timestamptz NOT NULL,
  consumption double precision,
  reading_count integer NOT NULL,
  min_value double precision,
  max_value double precision,
  sum_value double precision,
  flags integer NOT NULL DEFAULT 0,
  PRIMARY KEY (point_id, bucket)
);
CREATE TABLE rollups_day (
  point_id uuid NOT NULL,
  bucket date NOT NULL,
  consumption double precision,
  reading_count integer NOT NULL,
  min_value double precision,
  max_value double precision,
  sum_value double precision,
  flags integer NOT NULL DEFAULT 0,
  PRIMARY KEY (point_id, bucket)
);
CREATE TABLE rollups_month (
  point_id uuid NOT NULL,
  bucket date NOT NULL,
  consumption double precision,
  reading_count integer NOT NULL,
  min_value double precision,
  max_value double precision,
  sum_value double precision,
  flags integer NOT NULL DEFAULT 0,
  PRIMARY KEY (point_id, bucket)
);
