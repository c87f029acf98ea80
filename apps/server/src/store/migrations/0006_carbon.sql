-- Greenhouse-gas accounting (issue 7; CM-6(2), CM-6(3)): the factor library, emission sources in the GB/T 32150
-- structure, manual activity entries with evidence, and accounting runs that record every input.

-- A factor is a code with versions. A version is never edited: a change is a new version (issue 7 §1), and the
-- run that used the old one keeps its values. A version applies on the days between effective_from and effective_to.
CREATE TABLE emission_factors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_.-]{3,80}$'),
  version integer NOT NULL CHECK (version >= 1),
  kind text NOT NULL CHECK (kind IN ('ncv', 'carbon_content', 'oxidation_rate', 'grid_electricity', 'heat', 'carbonate', 'gwp')),
  -- The fuel, material, grid or gas the factor belongs to: 'natural_gas', 'CaCO3', 'grid', 'CH4'.
  subject text NOT NULL,
  name text NOT NULL,
  region text NOT NULL CHECK (region IN ('national', 'central_china', 'hubei')),
  value double precision NOT NULL CHECK (value > 0),
  unit text NOT NULL,
  -- Relative standard uncertainty (fraction), where the source gives one.
  u_rel double precision CHECK (u_rel IS NULL OR (u_rel >= 0 AND u_rel < 1)),
  source_document text NOT NULL,
  source_edition text,
  source_table text,
  source_row text,
  -- How well the value is confirmed (STANDARDS.md tags): verified against the official text, S, S2, M, C.
  confirmation text NOT NULL CHECK (confirmation IN ('verified', 'S', 'S2', 'M', 'C')),
  effective_from date NOT NULL,
  effective_to date CHECK (effective_to IS NULL OR effective_to >= effective_from),
  note text,
  -- Why this version exists (required from version 2 on).
  reason text,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (code, version)
);
CREATE INDEX emission_factors_kind_idx ON emission_factors (kind, subject);

-- An enterprise's emission source. Its activity comes from a point's rollups (measured) or from manual entries
-- (estimated); each model parameter is bound to a factor code or to a measured value (jsonb, see carbon-accounting.ts).
CREATE TABLE emission_sources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  code text NOT NULL,
  name text NOT NULL,
  site_id uuid REFERENCES sites (id),
  kind text NOT NULL,
  subject text NOT NULL,
  point_id uuid REFERENCES points (id),
  activity_unit text NOT NULL,
  parameters jsonb NOT NULL,
  gas text CHECK (gas IS NULL OR gas IN ('CH4', 'N2O')),
  origin text CHECK (origin IS NULL OR origin IN ('fossil', 'non_fossil')),
  biomass boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (enterprise_id, code)
);

-- Manual activity data per calendar month (Asia/Shanghai), with its evidence. A correction supersedes; nothing is overwritten.
CREATE TABLE activity_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source_id uuid NOT NULL REFERENCES emission_sources (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  value double precision NOT NULL CHECK (value >= 0),
  unit text NOT NULL,
  u_rel double precision CHECK (u_rel IS NULL OR (u_rel >= 0 AND u_rel < 1)),
  evidence text NOT NULL,
  -- Set on the old entry in the same transaction that inserts the new one (hence deferred).
  superseded_by uuid REFERENCES activity_entries (id) DEFERRABLE INITIALLY DEFERRED,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX activity_entries_current_idx ON activity_entries (source_id, month) WHERE superseded_by IS NULL;

-- An accounting run: the calculator's input with every factor value resolved, where each came from, the Monte Carlo
-- seed, the method version and the result. `jiliang calc verify` recomputes `result` from `record` bit for bit.
CREATE TABLE accounting_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  period_start date NOT NULL,
  period_end date NOT NULL CHECK (period_end >= period_start),
  method_version text NOT NULL,
  record jsonb NOT NULL,
  result jsonb NOT NULL,
  total_tco2 double precision NOT NULL,
  expanded_uncertainty_tco2 double precision NOT NULL,
  measured_share double precision,
  note text,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX accounting_runs_enterprise_idx ON accounting_runs (enterprise_id, period_start, created_at);

-- Per source results of a run, for breakdowns and the province's totals without opening the jsonb.
CREATE TABLE accounting_run_sources (
  run_id uuid NOT NULL REFERENCES accounting_runs (id),
  source_id uuid NOT NULL REFERENCES emission_sources (id),
  kind text NOT NULL,
  subject text NOT NULL,
  site_id uuid,
  tco2 double precision NOT NULL,
  u_tco2 double precision NOT NULL,
  measured_tco2 double precision NOT NULL,
  PRIMARY KEY (run_id, source_id)
);
