-- Issue 12, item 2: complaints (khiếu nại) and denunciations (tố cáo). A case's truth is its hash-chained
-- log (complaint_entries); complaint_cases keeps the columns a register lists and filters by, written in
-- the same transaction as each entry. The party (a complainant, or a denouncer whose identity is secret)
-- lives in its own table, never in the log; every read of a denouncer's identity is logged.
CREATE TABLE complaint_cases (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('complaint', 'denunciation')),
  agency_code text NOT NULL REFERENCES agencies (code),
  state text NOT NULL CHECK (state IN ('received', 'accepted', 'refused', 'transferred', 'settled', 'withdrawn')),
  subject text NOT NULL CHECK (length(subject) <= 4000),
  received_on text NOT NULL CHECK (received_on ~ '^\d{4}-\d{2}-\d{2}$'),
  -- The running clock's due date (null once closed).
  due_on text CHECK (due_on IS NULL OR due_on ~ '^\d{4}-\d{2}-\d{2}$'),
  assignee_id uuid REFERENCES staff_accounts (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX complaint_cases_agency_idx ON complaint_cases (agency_code, state, due_on);

CREATE TABLE complaint_entries (
  case_id bigint NOT NULL REFERENCES complaint_cases (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  type text NOT NULL,
  actor jsonb NOT NULL,
  data jsonb NOT NULL,
  hash text NOT NULL,
  prev_hash text,
  PRIMARY KEY (case_id, seq)
);

CREATE TABLE complaint_parties (
  case_id bigint PRIMARY KEY REFERENCES complaint_cases (id) ON DELETE CASCADE,
  full_name text NOT NULL CHECK (length(full_name) <= 200),
  id_number text CHECK (id_number IS NULL OR length(id_number) <= 20),
  address text CHECK (address IS NULL OR length(address) <= 300),
  phone text CHECK (phone IS NULL OR length(phone) <= 20)
);

CREATE TABLE complaint_identity_access (
  id bigserial PRIMARY KEY,
  case_id bigint NOT NULL REFERENCES complaint_cases (id) ON DELETE CASCADE,
  actor_id uuid NOT NULL,
  actor_username text NOT NULL,
  actor_name text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX complaint_identity_access_case_idx ON complaint_identity_access (case_id, at);
