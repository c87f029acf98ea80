-- Re-check marks that cannot be lost (issue 6 §2). An evaluation reads a point's marks, then its readings, then
-- clears the marks it read. A mark written meanwhile (a concurrent ingest, a certificate, a swap) must survive
-- that clearing, or its readings would never be judged. Each mark therefore carries a number from one sequence,
-- renewed whenever the mark is written again; an evaluation clears a mark only if its number is still the one it
-- read (quality.repository.ts clearMarks). Numbers, not times: marks are written with the application clock
-- and by triggers with the database's, and a sequence needs neither to agree.
CREATE SEQUENCE quality_dirty_seq;
ALTER TABLE quality_dirty ADD COLUMN mark_seq bigint NOT NULL DEFAULT nextval('quality_dirty_seq');

CREATE OR REPLACE FUNCTION quality_mark_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.instrument_id IS NOT NULL THEN
    INSERT INTO quality_dirty (point_id, day, marked_at)
    SELECT DISTINCT e.point_id, e.day, now() FROM quality_evaluations e
    WHERE e.point_id IN (SELECT pi.point_id FROM point_instruments pi WHERE pi.instrument_id = NEW.instrument_id)
      AND e.day >= NEW.calibrated_on - 1
    ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION quality_mark_swap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO quality_dirty (point_id, day, marked_at)
  SELECT e.point_id, e.day, now() FROM quality_evaluations e
  WHERE e.point_id = NEW.point_id AND e.day >= (NEW.from_at AT TIME ZONE 'Asia/Shanghai')::date - 1
  ON CONFLICT (point_id, day) DO UPDATE SET mark_seq = excluded.mark_seq, marked_at = excluded.marked_at;
  RETURN NEW;
END $$;
