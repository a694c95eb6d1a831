-- Dossiers (hồ sơ) and their append-only action log. The status columns are a cache of the state derived
-- from the log, written in the same transaction as each log entry.

CREATE TABLE dossiers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  procedure_code text NOT NULL REFERENCES procedures (code),
  case_code text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('counter', 'online', 'postal')),
  receiving_agency_code text NOT NULL REFERENCES agencies (code),
  competent_agency_code text NOT NULL REFERENCES agencies (code),
  applicant jsonb NOT NULL,
  representative jsonb,
  components jsonb NOT NULL,
  postal_waybill text,
  status text NOT NULL,
  status_code integer NOT NULL CHECK (status_code BETWEEN 1 AND 10),
  received_at timestamptz,
  due_date date,
  due_at timestamptz,
  applicant_name_folded text GENERATED ALWAYS AS (motcua_fold(applicant ->> 'fullName')) STORED,
  applicant_id_number text GENERATED ALWAYS AS (applicant ->> 'idNumber') STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_receiving_agency_idx ON dossiers (receiving_agency_code, status);
CREATE INDEX dossiers_competent_agency_idx ON dossiers (competent_agency_code, status);
CREATE INDEX dossiers_due_date_idx ON dossiers (due_date) WHERE status_code IN (2, 4, 5, 6);
CREATE INDEX dossiers_applicant_name_idx ON dossiers USING gin (applicant_name_folded gin_trgm_ops);
CREATE INDEX dossiers_applicant_id_idx ON dossiers (applicant_id_number);

-- Each entry carries the SHA-256 of its content and the previous entry's hash (the audit chain).
CREATE TABLE dossier_actions (
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  action text NOT NULL,
  reason text,
  agency_code text,
  data jsonb,
  hash text NOT NULL,
  prev_hash text,
  PRIMARY KEY (dossier_id, seq)
);

-- Daily sequence per receiving agency for dossier codes (Circular 01/2018 Art. 19): the upsert's row lock
-- makes concurrent intakes take distinct numbers.
CREATE TABLE dossier_code_sequences (
  agency_code text NOT NULL REFERENCES agencies (code),
  day date NOT NULL,
  last_value integer NOT NULL CHECK (last_value <= 9999),
  PRIMARY KEY (agency_code, day)
);

-- Yearly numbering of slips per agency and form (e.g. 12/HDHS, 3/PXL).
CREATE TABLE slip_sequences (
  agency_code text NOT NULL REFERENCES agencies (code),
  year integer NOT NULL,
  form text NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (agency_code, year, form)
);

-- Written guidance given at the counter when a dossier is incomplete (Form 02) or refused (Form 03):
-- no dossier is received, but the slip is numbered and kept.
CREATE TABLE counter_slips (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,
  year integer NOT NULL,
  form text NOT NULL CHECK (form IN ('02', '03')),
  agency_code text NOT NULL REFERENCES agencies (code),
  procedure_code text NOT NULL REFERENCES procedures (code),
  case_code text NOT NULL,
  applicant jsonb NOT NULL,
  content jsonb NOT NULL,
  officer jsonb NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_code, form, year, number)
);

-- Idempotency-Key: the same key and body give the same answer; another body with the same key is refused.
CREATE TABLE idempotency_keys (
  owner text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, key)
);

-- Transactional outbox: jobs and notifications written with the change they report (docs/adr/0003).
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE delivered_at IS NULL;
