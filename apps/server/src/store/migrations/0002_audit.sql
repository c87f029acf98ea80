-- Hash-chained audit log. Append-only by the application; no foreign keys, so an entry outlives
-- whatever it describes. hash = SHA-256(prev_hash || canonical JSON of the entry).
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_token_id uuid,
  actor_label text NOT NULL,
  organisation_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  before_digest text,
  after_digest text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_organisation_idx ON audit_log (organisation_id, seq);
