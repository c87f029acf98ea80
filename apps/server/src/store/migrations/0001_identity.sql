-- Identity: organisations (bureaus, institutions, enterprises, laboratories), sites, users,
-- role memberships, sessions and machine tokens. Runs on PostgreSQL 15 and on PGlite.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('province_bureau', 'local_bureau', 'institution', 'enterprise', 'laboratory')),
  name text NOT NULL,
  name_en text,
  -- GB 32100-2015 unified social credit code; validated by the application, unique when present.
  credit_code text UNIQUE CHECK (credit_code IS NULL OR credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  -- GB/T 2260 division code of the organisation's seat (county level where known).
  division_code text CHECK (division_code IS NULL OR division_code ~ '^[0-9]{6}$'),
  -- GB/T 2260 code of the prefecture-level region (one of Hubei's 17) that governs it: CM-5, CM-8.
  region_code text CHECK (region_code IS NULL OR region_code ~ '^[0-9]{6}$'),
  parent_id uuid REFERENCES organisations (id),
  industry text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisations_kind_idx ON organisations (kind);
CREATE INDEX organisations_region_idx ON organisations (region_code);

-- CM = carbon metrology centre, BM = metrology data application base. The lifecycle stage here is
-- the foundation's summary; the lifecycle module owns its transitions.
CREATE TABLE institutions (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
  institution_type text NOT NULL CHECK (institution_type IN ('carbon_metrology_centre', 'data_application_base')),
  stage text NOT NULL,
  stage_since timestamptz NOT NULL DEFAULT now()
);

-- Enterprise → site → sub-unit (GB 17167 levels start here; equipment comes with instruments).
CREATE TABLE sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id uuid NOT NULL REFERENCES organisations (id),
  parent_id uuid REFERENCES sites (id),
  level text NOT NULL CHECK (level IN ('site', 'sub_unit')),
  name text NOT NULL,
  name_en text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sites_enterprise_idx ON sites (enterprise_id);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  role text NOT NULL CHECK (role IN ('province_admin', 'local_officer', 'institution_staff', 'enterprise_user', 'expert', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, organisation_id, role)
);
CREATE INDEX memberships_organisation_idx ON memberships (organisation_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- SHA-256 of the cookie value; the value itself is never stored.
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id),
  active_membership_id uuid REFERENCES memberships (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name text NOT NULL,
  prefix text NOT NULL UNIQUE,
  -- SHA-256 of the secret: the secret is shown once at creation and never stored.
  secret_hash text NOT NULL,
  permissions text[] NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_organisation_idx ON api_tokens (organisation_id);
