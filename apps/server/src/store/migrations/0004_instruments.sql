-- Measuring instruments, certificates, measurement standards and capabilities (issue 4; CM-6(4), BM-6(1)).
-- Every value the platform shows stands on these rows: which instrument read it, which certificate was
-- valid at that moment, and how that certificate traces up to a national primary standard (国家计量基准).

-- 计量器具台账: one register per owner (an enterprise, an institution or a laboratory).
CREATE TABLE instruments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES organisations (id),
  -- The owner's own register number (管理编号); unique within the owner's register.
  code text NOT NULL,
  name text NOT NULL,
  instrument_type text NOT NULL,
  -- The energy or medium measured (GB 17167-2006 表1 rows).
  medium text NOT NULL,
  maker text,
  model text,
  serial_number text,
  -- Accuracy class as marked (0.5S, 1.0, 2.5 …) and/or the relative MPE it stands for.
  accuracy_class text,
  mpe_relative double precision CHECK (mpe_relative IS NULL OR (mpe_relative > 0 AND mpe_relative < 1)),
  range_min double precision,
  range_max double precision,
  range_unit text,
  ct_ratio double precision CHECK (ct_ratio IS NULL OR ct_ratio > 0),
  pt_ratio double precision CHECK (pt_ratio IS NULL OR pt_ratio > 0),
  -- Place in the hierarchy: enterprise (owner) → site → sub-unit (sites) → equipment (free text).
  site_id uuid REFERENCES sites (id),
  equipment text,
  location text,
  -- GB 17167-2006 4.2: entry/exit of the unit, sub-unit, main energy-using equipment; 'other' for the rest.
  gb17167_level text NOT NULL CHECK (gb17167_level IN ('entry_exit', 'sub_unit', 'main_equipment', 'other')),
  -- 强制检定 (Metrology Law art. 9) and the verification/calibration interval in months.
  mandatory_verification boolean NOT NULL DEFAULT false,
  interval_months integer CHECK (interval_months IS NULL OR (interval_months > 0 AND interval_months <= 120)),
  status text NOT NULL CHECK (status IN ('in_service', 'spare', 'under_repair', 'retired')),
  status_since timestamptz NOT NULL,
  -- Denormalised on every certificate write (the latest certificate not revoked, and the last day it
  -- covers), so the register can list overdue instruments without walking certificates.
  latest_certificate_id uuid,
  due_date date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (owner_id, code)
);
CREATE INDEX instruments_owner_idx ON instruments (owner_id, status);
CREATE INDEX instruments_serial_idx ON instruments (serial_number);
CREATE INDEX instruments_due_idx ON instruments (owner_id, due_date);

-- Status history, append-only: every change with who, when and why.
CREATE TABLE instrument_status_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  instrument_id uuid NOT NULL REFERENCES instruments (id),
  from_status text,
  to_status text NOT NULL,
  reason text NOT NULL,
  actor_label text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX instrument_status_changes_idx ON instrument_status_changes (instrument_id, at);

-- 计量标准: the standards institutions and laboratories hold, up to the national primary standards.
CREATE TABLE measurement_standards (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  -- 计量标准考核证书号 (JJF 1033-2023) or, for a primary standard, its 国家计量基准 number.
  code text NOT NULL,
  level text NOT NULL CHECK (level IN ('national_primary', 'highest', 'working')),
  measurand text NOT NULL,
  range_text text,
  uncertainty_text text,
  mpe_relative double precision CHECK (mpe_relative IS NULL OR (mpe_relative > 0 AND mpe_relative < 1)),
  interval_months integer CHECK (interval_months IS NULL OR (interval_months > 0 AND interval_months <= 120)),
  status text NOT NULL CHECK (status IN ('in_service', 'suspended', 'retired')),
  latest_certificate_id uuid,
  due_date date,
  created_at timestamptz NOT NULL,
  UNIQUE (owner_id, code)
);

-- Verification and calibration certificates, of an instrument or of a standard.
CREATE TABLE certificates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('verification', 'calibration')),
  instrument_id uuid REFERENCES instruments (id),
  standard_id uuid REFERENCES measurement_standards (id),
  laboratory_id uuid REFERENCES organisations (id),
  laboratory_name text NOT NULL,
  calibrated_on date NOT NULL,
  issued_on date,
  valid_until date,
  conclusion text NOT NULL CHECK (conclusion IN ('pass', 'fail', 'limited', 'calibrated')),
  revoked_on date,
  revoked_reason text,
  source text NOT NULL CHECK (source IN ('manual', 'register_import', 'dcc')),
  dcc_identifier text,
  notes text,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL,
  CHECK ((instrument_id IS NULL) <> (standard_id IS NULL)),
  CHECK (valid_until IS NULL OR valid_until >= calibrated_on),
  UNIQUE (laboratory_name, number)
);
CREATE INDEX certificates_instrument_idx ON certificates (instrument_id, calibrated_on);
CREATE INDEX certificates_standard_idx ON certificates (standard_id, calibrated_on);

-- Results: value, correction, expanded uncertainty U with its coverage factor k (JJF 1059.1-2012 5.3).
CREATE TABLE certificate_results (
  certificate_id uuid NOT NULL REFERENCES certificates (id),
  seq integer NOT NULL,
  quantity text NOT NULL,
  nominal_value double precision,
  measured_value double precision,
  correction double precision,
  unit text NOT NULL,
  unit_valid boolean NOT NULL DEFAULT true,
  expanded_uncertainty double precision NOT NULL CHECK (expanded_uncertainty >= 0),
  coverage_factor double precision NOT NULL CHECK (coverage_factor > 0),
  -- true: U is relative, in percent as certificates write it (0.2 = 0.2 %); false: U is in `unit`.
  uncertainty_relative boolean NOT NULL,
  PRIMARY KEY (certificate_id, seq)
);

-- The reference standards a calibration used: the links of the traceability chain.
CREATE TABLE certificate_reference_standards (
  certificate_id uuid NOT NULL REFERENCES certificates (id),
  standard_id uuid NOT NULL REFERENCES measurement_standards (id),
  PRIMARY KEY (certificate_id, standard_id)
);

-- Attachments (the DCC XML itself, scans), kept as base64 text so backups stay plain JSON lines.
CREATE TABLE certificate_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  certificate_id uuid NOT NULL REFERENCES certificates (id),
  filename text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  content_base64 text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX certificate_attachments_idx ON certificate_attachments (certificate_id);

-- JJF 1033-2023: repeatability tests and stability checks of a standard, with the verdict and its rule.
CREATE TABLE standard_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  standard_id uuid NOT NULL REFERENCES measurement_standards (id),
  kind text NOT NULL CHECK (kind IN ('repeatability', 'stability')),
  performed_on date NOT NULL,
  input jsonb NOT NULL,
  result jsonb NOT NULL,
  verdict text NOT NULL,
  rule text NOT NULL,
  actor_label text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX standard_checks_idx ON standard_checks (standard_id, performed_on);

-- 校准测量能力: what a laboratory or centre can verify, calibrate or measure. CM-15 draws its sample here.
CREATE TABLE capabilities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  kind text NOT NULL CHECK (kind IN ('verification_calibration', 'key_parameter')),
  name text NOT NULL,
  measurand text NOT NULL,
  range_text text,
  uncertainty_text text,
  method text,
  standard_id uuid REFERENCES measurement_standards (id),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  UNIQUE (organisation_id, kind, name)
);

-- Due-date reminders: one per instrument, due date and kind; written by the sweep, read on the dashboard.
CREATE TABLE instrument_reminders (
  instrument_id uuid NOT NULL REFERENCES instruments (id),
  due_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
  created_at timestamptz NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by text,
  PRIMARY KEY (instrument_id, due_date, kind)
);
