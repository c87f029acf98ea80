-- Energy services (issue 8; CM-6(1), CM-6(5), CM-6(6)): GB 17167 reviews built from the instrument register, their
-- findings, rectification tracked to closure, consumption-limit benchmarks and energy-savings verifications.
-- The energy balance and the demand analysis are computed when read and keep no rows of their own.

-- 能源计量审查: one review of one energy-using unit (an enterprise, or an institution or laboratory: GB 17167 applies
-- to every 用能单位). The input snapshot (register placements, inventory, checklist, the core's input) and the
-- result are kept whole, so the review can be re-run and re-read as it was; never edited.
CREATE TABLE energy_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  -- The centre or base that performed the review (CM-6(6)); it signs the report.
  reviewer_organisation_id uuid REFERENCES organisations (id),
  review_date date NOT NULL,
  -- Report number within the unit and year (能计审〔year〕serial号).
  serial integer NOT NULL CHECK (serial >= 1),
  edition_requested text NOT NULL,
  edition_applied text NOT NULL,
  snapshot jsonb NOT NULL,
  result jsonb NOT NULL,
  score double precision NOT NULL CHECK (score >= 0 AND score <= 100),
  verdict text NOT NULL CHECK (verdict IN ('pass', 'fail')),
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (enterprise_id, review_date, serial)
);
CREATE INDEX energy_reviews_enterprise_idx ON energy_reviews (enterprise_id, review_date);
CREATE INDEX energy_reviews_reviewer_idx ON energy_reviews (reviewer_organisation_id);

-- One row per finding: the 表1 equipping rate per energy type and level, and each failing instrument
-- (表4 class, calibration on time) and unmet checklist item (GB 17167-2006 5).
CREATE TABLE energy_review_findings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  review_id uuid NOT NULL REFERENCES energy_reviews (id),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  seq integer NOT NULL CHECK (seq >= 1),
  kind text NOT NULL CHECK (kind IN ('equipping', 'accuracy', 'calibration', 'management')),
  medium text,
  level text CHECK (level IS NULL OR level IN ('entry_exit', 'sub_unit', 'main_equipment', 'other')),
  required integer CHECK (required IS NULL OR required >= 0),
  installed integer CHECK (installed IS NULL OR installed >= 0),
  rate double precision CHECK (rate IS NULL OR (rate >= 0 AND rate <= 100)),
  limit_pct double precision CHECK (limit_pct IS NULL OR (limit_pct >= 0 AND limit_pct <= 100)),
  verdict text NOT NULL CHECK (verdict IN ('pass', 'fail', 'not_applicable')),
  instrument_code text,
  clause text NOT NULL,
  text text NOT NULL,
  -- An equipping finding names its energy type, level and counts; an instrument finding its instrument.
  CHECK (kind <> 'equipping' OR (medium IS NOT NULL AND level IS NOT NULL AND required IS NOT NULL AND installed IS NOT NULL)),
  CHECK (kind NOT IN ('accuracy', 'calibration') OR instrument_code IS NOT NULL),
  CHECK (installed IS NULL OR required IS NULL OR installed <= required),
  UNIQUE (review_id, seq)
);

-- 整改: one item per failing finding, open → in_progress → closed; closing needs evidence; never deleted.
CREATE TABLE energy_rectification_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  review_id uuid NOT NULL REFERENCES energy_reviews (id),
  finding_id uuid NOT NULL UNIQUE REFERENCES energy_review_findings (id),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  seq integer NOT NULL CHECK (seq >= 1),
  problem text NOT NULL,
  requirement text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'in_progress', 'closed')),
  due_on date NOT NULL,
  evidence text,
  closed_at timestamptz,
  closed_by text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (status <> 'closed' OR (evidence IS NOT NULL AND length(btrim(evidence)) > 0 AND closed_at IS NOT NULL AND closed_by IS NOT NULL)),
  UNIQUE (review_id, seq)
);
CREATE INDEX energy_rectification_items_open_idx ON energy_rectification_items (enterprise_id, status);

-- Every status change of an item, with who, when, the note and the evidence: append-only.
CREATE TABLE energy_rectification_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES energy_rectification_items (id),
  -- 1, 2, 3 … within the item: the order of its steps, whatever the clock says.
  seq integer NOT NULL CHECK (seq >= 1),
  from_status text CHECK (from_status IS NULL OR from_status IN ('open', 'in_progress', 'closed')),
  to_status text NOT NULL CHECK (to_status IN ('open', 'in_progress', 'closed')),
  note text,
  evidence text,
  actor_label text NOT NULL,
  at timestamptz NOT NULL,
  UNIQUE (item_id, seq)
);

-- 能耗限额对标: a product's unit consumption over a period against a limit standard's tiers. Energy lines come
-- from meter rollups or are entered with their evidence; production is entered with its evidence.
CREATE TABLE energy_benchmarks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  standard_id text NOT NULL,
  indicator_id text NOT NULL,
  category_id text NOT NULL,
  product text NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  lines jsonb NOT NULL,
  production_quantity double precision NOT NULL CHECK (production_quantity > 0),
  production_unit text NOT NULL,
  production_evidence text NOT NULL CHECK (length(btrim(production_evidence)) > 0),
  energy_total double precision NOT NULL CHECK (energy_total >= 0),
  energy_unit text NOT NULL,
  unit_consumption double precision NOT NULL CHECK (unit_consumption >= 0),
  unit text NOT NULL,
  tier_existing double precision NOT NULL,
  tier_new double precision,
  tier_advanced double precision,
  verdict text NOT NULL CHECK (verdict IN ('advanced', 'new', 'existing', 'exceeds')),
  gap_to_advanced double precision,
  result jsonb NOT NULL,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  CHECK (period_to >= period_from)
);
CREATE INDEX energy_benchmarks_enterprise_idx ON energy_benchmarks (enterprise_id, created_at);

-- 节能量审核: a baseline against a reporting period, adjusted for production by regression, with uncertainty.
CREATE TABLE energy_savings_verifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  title text NOT NULL,
  baseline_from date NOT NULL,
  baseline_to date NOT NULL,
  reporting_from date NOT NULL,
  reporting_to date NOT NULL,
  energy_unit text NOT NULL,
  input jsonb NOT NULL,
  result jsonb NOT NULL,
  savings double precision NOT NULL,
  expanded_uncertainty double precision NOT NULL CHECK (expanded_uncertainty >= 0),
  coverage_factor double precision NOT NULL CHECK (coverage_factor > 0),
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  CHECK (baseline_to >= baseline_from AND reporting_to >= reporting_from)
);
CREATE INDEX energy_savings_enterprise_idx ON energy_savings_verifications (enterprise_id, created_at);
