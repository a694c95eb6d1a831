-- Issue 12, item 1: feedback and petitions (phản ánh, kiến nghị — PAKN). A case's truth is its hash-chained
-- log (feedback_entries); feedback_cases keeps the columns an inbox lists and filters by, written in the
-- same transaction as each entry. The sender's contact lives in its own table, never in the log nor in any
-- public answer. The follow token is stored as its SHA-256 only.
CREATE TABLE feedback_openings (
  id bigserial PRIMARY KEY,
  agency_code text NOT NULL REFERENCES agencies (code),
  opened_on text NOT NULL CHECK (opened_on ~ '^\d{4}-\d{2}-\d{2}$'),
  opened_by uuid NOT NULL REFERENCES staff_accounts (id),
  opened_by_name text NOT NULL,
  witnesses jsonb NOT NULL,
  letter_count integer NOT NULL CHECK (letter_count >= 0),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL
);
CREATE INDEX feedback_openings_agency_idx ON feedback_openings (agency_code, opened_on);

CREATE TABLE feedback_cases (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('regulation', 'conduct', 'other')),
  channel text NOT NULL CHECK (channel IN ('web', 'hotline', 'suggestion-box', 'survey', 'facebook', 'zalo', 'in-person')),
  agency_code text NOT NULL REFERENCES agencies (code),
  state text NOT NULL CHECK (state IN ('received', 'info-requested', 'drafted', 'approved', 'answered', 'rejected', 'transferred', 'merged')),
  title text NOT NULL CHECK (length(title) <= 300),
  content text NOT NULL CHECK (length(content) <= 8000),
  received_on text NOT NULL CHECK (received_on ~ '^\d{4}-\d{2}-\d{2}$'),
  due_on text CHECK (due_on IS NULL OR due_on ~ '^\d{4}-\d{2}-\d{2}$'),
  assignee_id uuid REFERENCES staff_accounts (id),
  dossier_code text,
  opening_id bigint REFERENCES feedback_openings (id),
  follow_token_hash text NOT NULL,
  -- Set when the answer is published on the public page (never when the sender asked for privacy).
  public_answer text,
  answered_on text,
  -- Open311 requests: where it happened ({lat, long, address, addressId, zipcode}), as the integrator sent it.
  location jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX feedback_cases_agency_idx ON feedback_cases (agency_code, state, due_on);
CREATE INDEX feedback_cases_published_idx ON feedback_cases (answered_on) WHERE public_answer IS NOT NULL;

CREATE TABLE feedback_entries (
  case_id bigint NOT NULL REFERENCES feedback_cases (id) ON DELETE CASCADE,
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

CREATE TABLE feedback_contacts (
  case_id bigint PRIMARY KEY REFERENCES feedback_cases (id) ON DELETE CASCADE,
  full_name text NOT NULL CHECK (length(full_name) <= 200),
  phone text CHECK (phone IS NULL OR length(phone) <= 20),
  email text CHECK (email IS NULL OR length(email) <= 200)
);

-- "Bạn nói, chúng tôi làm" (item 5): what an agency changed because of one or more PAKN.
CREATE TABLE feedback_actions_taken (
  id bigserial PRIMARY KEY,
  agency_code text NOT NULL REFERENCES agencies (code),
  taken_on text NOT NULL CHECK (taken_on ~ '^\d{4}-\d{2}-\d{2}$'),
  summary text NOT NULL CHECK (length(summary) <= 4000),
  recorded_by uuid NOT NULL REFERENCES staff_accounts (id),
  created_at timestamptz NOT NULL
);
CREATE TABLE feedback_action_cases (
  action_id bigint NOT NULL REFERENCES feedback_actions_taken (id) ON DELETE CASCADE,
  case_id bigint NOT NULL REFERENCES feedback_cases (id),
  PRIMARY KEY (action_id, case_id)
);

-- Open311 GeoReport v2 (item 6): integrators' API keys, stored as their SHA-256 (the key is shown once).
CREATE TABLE open311_keys (
  id bigserial PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  key_hash text NOT NULL UNIQUE,
  -- Where its requests go (null: the province's top agency).
  agency_code text REFERENCES agencies (code),
  created_by uuid NOT NULL REFERENCES staff_accounts (id),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
