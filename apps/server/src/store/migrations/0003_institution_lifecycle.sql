-- Institution lifecycle under the two Measures (CM = carbon metrology centre, BM = metrology data
-- application base). One case per institution; its state changes only through the transition table
-- in packages/calc (CM-7..CM-24 / BM-8..BM-24), each change recorded in institution_events.

CREATE TABLE institution_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL UNIQUE REFERENCES organisations (id),
  institution_type text NOT NULL CHECK (institution_type IN ('carbon_metrology_centre', 'data_application_base')),
  state text NOT NULL,
  -- CM-8 / BM-9: central units in Hubei and provincial units apply straight to the Province.
  is_direct_applicant boolean NOT NULL DEFAULT false,
  -- CM-7 / BM-8 priority: local planning includes the institution and the local government commits.
  is_in_local_plan boolean NOT NULL DEFAULT false,
  has_local_government_commitment boolean NOT NULL DEFAULT false,
  -- The lifecycle facts the guards read (LifecycleContext without type and routing), as JSON.
  facts jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Denormalised from facts on every transition, for queries; the next due date depends on today and is
  -- computed when read (packages/calc lifecycle/next-due.ts).
  preparation_deadline date,
  established_on date,
  certificate_number text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX institution_cases_state_idx ON institution_cases (state);

-- CM-8 / BM-9: a joint application by a lead builder (the case's organisation) and co-builders.
CREATE TABLE institution_co_builders (
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (case_id, organisation_id)
);

-- The timeline: every transition with its article; append-only.
CREATE TABLE institution_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  seq integer NOT NULL,
  event text NOT NULL,
  from_state text NOT NULL,
  to_state text NOT NULL,
  article text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  actor_user_id uuid,
  actor_label text NOT NULL,
  at timestamptz NOT NULL,
  UNIQUE (case_id, seq)
);

-- CM-10, CM-14, CM-23 / BM-11, BM-15, BM-23: expert panels under a team leader (组长负责制).
CREATE TABLE expert_panels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  purpose text NOT NULL CHECK (purpose IN ('application_review', 'acceptance_assessment', 'inspection', 're_review')),
  leader_user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL
);
CREATE TABLE panel_members (
  panel_id uuid NOT NULL REFERENCES expert_panels (id),
  user_id uuid NOT NULL REFERENCES users (id),
  PRIMARY KEY (panel_id, user_id)
);
CREATE INDEX panel_members_user_idx ON panel_members (user_id);

-- CM-10 / BM-11: the preparation task book's tasks, indicators and milestones, each trackable.
CREATE TABLE task_book_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  kind text NOT NULL CHECK (kind IN ('task', 'indicator', 'milestone')),
  title text NOT NULL,
  target text,
  due_on date,
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  updated_at timestamptz NOT NULL
);
CREATE INDEX task_book_items_case_idx ON task_book_items (case_id);

-- CM-19 / BM-20: the annual work summary report, due every November.
CREATE TABLE annual_reports (
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  year integer NOT NULL,
  submitted_at timestamptz NOT NULL,
  summary text NOT NULL,
  PRIMARY KEY (case_id, year)
);

-- CM-16 / BM-17: scoring sheets (items and weights summing to 100), editable by the Province.
CREATE TABLE scoring_templates (
  institution_type text PRIMARY KEY CHECK (institution_type IN ('carbon_metrology_centre', 'data_application_base')),
  items jsonb NOT NULL,
  updated_at timestamptz NOT NULL
);

-- CM-14 / BM-15: each panel member's sheet for one round of scoring.
CREATE TABLE scoring_sheets (
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  round integer NOT NULL,
  member_user_id uuid NOT NULL REFERENCES users (id),
  scores jsonb NOT NULL,
  total numeric(5, 1) NOT NULL,
  submitted_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, round, member_user_id)
);

-- CM-15: the random draw of verification/calibration and key-parameter items, reproducible from its seed.
CREATE TABLE sampling_draws (
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  round integer NOT NULL,
  share numeric(4, 3) NOT NULL CHECK (share > 0 AND share <= 1),
  seed text NOT NULL,
  population jsonb NOT NULL,
  drawn jsonb NOT NULL,
  drawn_at timestamptz NOT NULL,
  actor_label text NOT NULL,
  PRIMARY KEY (case_id, round)
);

-- The documents the lifecycle issues (approval, task book, assessment report, notice, establishment).
CREATE TABLE document_serials (
  agency text NOT NULL,
  year integer NOT NULL,
  last_serial integer NOT NULL,
  PRIMARY KEY (agency, year)
);
CREATE TABLE institution_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES institution_cases (id),
  event_seq integer NOT NULL,
  kind text NOT NULL,
  doc_number text NOT NULL UNIQUE,
  title text NOT NULL,
  docx bytea NOT NULL,
  pdf bytea NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX institution_documents_case_idx ON institution_documents (case_id);
