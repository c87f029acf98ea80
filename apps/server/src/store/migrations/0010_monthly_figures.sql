-- Data quality rules 9 and 10 on the server (issue 6; docs/QUALITY.md "How the server feeds rules 9 and 10"):
-- the monthly figures a daily series is checked against (STANDARDS §3: daily and monthly report data agree within
-- 5 %), and the marks that keep a parent meter's balance (JJF 1059.1-2012 4.4) and a month's consistency fresh.

-- 月报数据: a point's separately reported monthly value (the enterprise's monthly report, the utility bill …), in the
-- point's unit. A new figure for the same point and month supersedes the current one, which is kept (never
-- overwritten), with the reason for the change on the new row (as activity_entries in 0006_carbon.sql).
CREATE TABLE monthly_figures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  point_id uuid NOT NULL REFERENCES points (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  value double precision NOT NULL CHECK (value >= 0),
  -- The point's unit when the figure was entered.
  unit text NOT NULL,
  source text NOT NULL CHECK (source IN ('monthly_report', 'bill', 'other')),
  evidence text NOT NULL,
  -- Why this figure replaces the one before it (required by the service when it does).
  reason text,
  -- Set on the old figure in the same transaction that inserts the new one (hence deferred).
  superseded_by uuid REFERENCES monthly_figures (id) DEFERRABLE INITIALLY DEFERRED,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX monthly_figures_current_idx ON monthly_figures (point_id, month) WHERE superseded_by IS NULL;

-- A point's day consumption changed (new, late or revised readings: rollup.service.ts replaces the day rows in the
-- ingest transaction). Two evaluations read it besides the point's own day:
-- - rule 10: the parent meter's balance of that day (parent − Σ children);
-- - rule 9: every day of the month when the point has a current monthly figure (the month's daily sum changed).
-- Only evaluated days are marked (a day never evaluated is evaluated on read anyway), so a restore, which loads
-- rollups before evaluations, marks nothing. A day already marked gets a new mark number (0009_quality_marks.sql),
-- so an evaluation running meanwhile keeps the mark.
CREATE FUNCTION quality_mark_day_consumption() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO quality_dirty (point_id, day, marked_at)
  SELECT DISTINCT e.point_id, e.day, now()
  FROM changed_days n
  JOIN points c ON c.id = n.point_id
  JOIN quality_evaluations e ON e.point_id = c.parent_point_id AND e.day = n.bucket
  ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at;
  INSERT INTO quality_dirty (point_id, day, marked_at)
  SELECT DISTINCT e.point_id, e.day, now()
  FROM (SELECT DISTINCT point_id, date_trunc('month', bucket)::date AS month FROM changed_days) n
  JOIN monthly_figures f ON f.point_id = n.point_id AND f.month = n.month AND f.superseded_by IS NULL
  JOIN quality_evaluations e ON e.point_id = n.point_id AND e.day >= n.month AND e.day < (n.month + interval '1 month')::date
  ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at;
  RETURN NULL;
END $$;
CREATE TRIGGER rollups_day_quality_dirty AFTER INSERT ON rollups_day
  REFERENCING NEW TABLE AS changed_days FOR EACH STATEMENT EXECUTE FUNCTION quality_mark_day_consumption();
-- Appended readings add to a stored day row (INSERT … ON CONFLICT DO UPDATE, readings/rollup-append.ts): its rows
-- reach the UPDATE trigger's transition table, not the INSERT one's.
CREATE TRIGGER rollups_day_quality_dirty_update AFTER UPDATE ON rollups_day
  REFERENCING NEW TABLE AS changed_days FOR EACH STATEMENT EXECUTE FUNCTION quality_mark_day_consumption();

-- A meter swap on a child point changes the MPE in its parent's balance tolerance from the swap on (0008 marks the
-- child's own days).
CREATE FUNCTION quality_mark_swap_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO quality_dirty (point_id, day, marked_at)
  SELECT e.point_id, e.day, now() FROM quality_evaluations e
  JOIN points c ON c.parent_point_id = e.point_id
  WHERE c.id = NEW.point_id AND e.day >= (NEW.from_at AT TIME ZONE 'Asia/Shanghai')::date - 1
  ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at;
  RETURN NEW;
END $$;
CREATE TRIGGER point_instruments_quality_parent AFTER INSERT ON point_instruments
  FOR EACH ROW EXECUTE FUNCTION quality_mark_swap_parent();

-- An instrument's accuracy class or stated MPE changed: the balance tolerance of every parent meter it takes part
-- in (as the parent or as a child) changes on every evaluated day.
CREATE FUNCTION quality_mark_instrument_mpe() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO quality_dirty (point_id, day, marked_at)
  SELECT e.point_id, e.day, now() FROM quality_evaluations e
  WHERE e.point_id IN (
    SELECT p.parent_point_id FROM points p JOIN point_instruments pi ON pi.point_id = p.id
    WHERE pi.instrument_id = NEW.id AND p.parent_point_id IS NOT NULL
    UNION
    SELECT pi.point_id FROM point_instruments pi
    WHERE pi.instrument_id = NEW.id AND EXISTS (SELECT 1 FROM points c WHERE c.parent_point_id = pi.point_id)
  )
  ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at;
  RETURN NEW;
END $$;
CREATE TRIGGER instruments_quality_mpe AFTER UPDATE OF accuracy_class, mpe_relative ON instruments
  FOR EACH ROW WHEN (OLD.accuracy_class IS DISTINCT FROM NEW.accuracy_class OR OLD.mpe_relative IS DISTINCT FROM NEW.mpe_relative)
  EXECUTE FUNCTION quality_mark_instrument_mpe();
