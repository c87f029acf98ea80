-- Data quality (issue 6; CM-6(3), CM-6(5), BM-7(4)): per-point limits, stored evaluations per (point, Shanghai day),
-- sparse per-reading flags, estimated values kept apart from readings, and the set of point-days to re-evaluate.
-- The rules are pure (packages/calc/src/quality); docs/QUALITY.md describes them and this storage.

-- The limits a person sets for a point (range, spike, stuck, completeness); who and when. Absent row: rules skipped.
CREATE TABLE quality_limits (
  point_id uuid PRIMARY KEY REFERENCES points (id),
  min_value double precision,
  max_value double precision,
  max_rate_per_hour double precision CHECK (max_rate_per_hour IS NULL OR max_rate_per_hour > 0),
  -- N of the stuck rule; NULL switches the rule off for the point.
  stuck_run_length integer CHECK (stuck_run_length IS NULL OR stuck_run_length >= 2),
  completeness_threshold double precision NOT NULL DEFAULT 0.9 CHECK (completeness_threshold > 0 AND completeness_threshold <= 1),
  actor_label text NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);

-- One evaluation per point and Shanghai day (the day is (00:00, next 00:00]); replaced when re-run.
CREATE TABLE quality_evaluations (
  point_id uuid NOT NULL REFERENCES points (id),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  day date NOT NULL,
  expected integer NOT NULL,
  received integer NOT NULL,
  completeness double precision NOT NULL,
  reading_count integer NOT NULL,
  flagged_count integer NOT NULL,
  -- The OR of every reading's flags and the failed period rules (packages/shared quality.ts bits).
  flags integer NOT NULL,
  findings jsonb NOT NULL,
  skipped jsonb NOT NULL,
  -- The counts of the credibility score (credibility-score.ts): they add up over days and points.
  valid_readings integer NOT NULL,
  calibration_checked integer NOT NULL,
  calibrated_readings integer NOT NULL,
  balance_checks integer NOT NULL,
  balance_closure_sum double precision NOT NULL,
  score double precision,
  evaluated_at timestamptz NOT NULL,
  PRIMARY KEY (point_id, day)
);
CREATE INDEX quality_evaluations_enterprise_idx ON quality_evaluations (enterprise_id, day);

-- Flags of single readings, only where non-zero (most readings pass every rule).
CREATE TABLE reading_flags (
  point_id uuid NOT NULL,
  ts timestamptz NOT NULL,
  flags integer NOT NULL CHECK (flags <> 0),
  PRIMARY KEY (point_id, ts)
);

-- Values filled on request by a documented method; never written into readings (issue 6 §3).
CREATE TABLE estimated_values (
  point_id uuid NOT NULL REFERENCES points (id),
  ts timestamptz NOT NULL,
  value double precision NOT NULL,
  method text NOT NULL CHECK (method IN ('linear', 'weekday_profile')),
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (point_id, ts)
);

-- Point-days whose evaluation is stale: new or revised readings, changed limits, certificates or meter swaps.
CREATE TABLE quality_dirty (
  point_id uuid NOT NULL,
  day date NOT NULL,
  marked_at timestamptz NOT NULL,
  PRIMARY KEY (point_id, day)
);

-- A certificate added to or revoked from an instrument that serves a point changes the calibration rule
-- (STANDARDS §3) of every evaluated day from its calibration day on. The day before is included: its
-- 00:00 reading is read on the calibration day. In the store, so that every path (manual, register
-- import, DCC, revocation) marks the days in the same transaction as the change.
CREATE FUNCTION quality_mark_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.instrument_id IS NOT NULL THEN
    INSERT INTO quality_dirty (point_id, day, marked_at)
    SELECT e.point_id, e.day, now() FROM quality_evaluations e
    WHERE e.point_id IN (SELECT pi.point_id FROM point_instruments pi WHERE pi.instrument_id = NEW.instrument_id)
      AND e.day >= NEW.calibrated_on - 1
    ON CONFLICT (point_id, day) DO NOTHING;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER certificates_quality_dirty AFTER INSERT OR UPDATE OF revoked_on ON certificates
  FOR EACH ROW EXECUTE FUNCTION quality_mark_certificate();

-- A meter swap changes the serving instrument (and the steps) from its instant on.
CREATE FUNCTION quality_mark_swap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO quality_dirty (point_id, day, marked_at)
  SELECT e.point_id, e.day, now() FROM quality_evaluations e
  WHERE e.point_id = NEW.point_id AND e.day >= (NEW.from_at AT TIME ZONE 'Asia/Shanghai')::date - 1
  ON CONFLICT (point_id, day) DO NOTHING;
  RETURN NEW;
END $$;
CREATE TRIGGER point_instruments_quality_dirty AFTER INSERT ON point_instruments
  FOR EACH ROW EXECUTE FUNCTION quality_mark_swap();
