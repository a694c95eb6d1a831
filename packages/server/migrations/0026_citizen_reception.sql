-- Issue 12, item 4: citizen reception (tiếp công dân), leaders' dialogues (đối thoại) and published contacts.
-- Every action is also an entry of the agency's hash-chained reception log (reception_log).
CREATE TABLE reception_schedule_entries (
  agency_code text NOT NULL REFERENCES agencies (code),
  id text NOT NULL CHECK (id ~ '^[A-Za-z0-9_-]{1,40}$'),
  position integer NOT NULL,
  receiver_role text NOT NULL CHECK (receiver_role IN ('head', 'deputy', 'officer')),
  receiver_name text NOT NULL CHECK (length(receiver_name) <= 200),
  recurrence jsonb NOT NULL,
  session text NOT NULL CHECK (session IN ('morning', 'afternoon')),
  place text NOT NULL CHECK (length(place) <= 300),
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 200),
  valid_from text NOT NULL CHECK (valid_from ~ '^\d{4}-\d{2}-\d{2}$'),
  valid_to text CHECK (valid_to IS NULL OR valid_to ~ '^\d{4}-\d{2}-\d{2}$'),
  PRIMARY KEY (agency_code, id)
);

-- A citizen's registration for a dated session; the session's details are copied as they were.
CREATE TABLE reception_registrations (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  agency_code text NOT NULL REFERENCES agencies (code),
  entry_id text NOT NULL,
  on_date text NOT NULL CHECK (on_date ~ '^\d{4}-\d{2}-\d{2}$'),
  session text NOT NULL CHECK (session IN ('morning', 'afternoon')),
  place text NOT NULL,
  receiver_name text NOT NULL,
  full_name text NOT NULL CHECK (length(full_name) <= 200),
  phone text NOT NULL CHECK (length(phone) <= 20),
  subject text NOT NULL CHECK (length(subject) <= 2000),
  status text NOT NULL CHECK (status IN ('registered', 'received')),
  record_id bigint,
  created_at timestamptz NOT NULL
);
CREATE INDEX reception_registrations_session_idx ON reception_registrations (agency_code, on_date, session, entry_id);

CREATE TABLE reception_records (
  id bigserial PRIMARY KEY,
  agency_code text NOT NULL REFERENCES agencies (code),
  on_date text NOT NULL CHECK (on_date ~ '^\d{4}-\d{2}-\d{2}$'),
  session text NOT NULL CHECK (session IN ('morning', 'afternoon')),
  receiver_role text NOT NULL CHECK (receiver_role IN ('head', 'deputy', 'officer')),
  receiver_name text NOT NULL,
  visitors jsonb NOT NULL,
  content text NOT NULL CHECK (length(content) <= 10000),
  outcome text NOT NULL CHECK (outcome IN ('answered', 'guided', 'complaint', 'feedback', 'refused')),
  note text NOT NULL,
  refusal_ground text,
  registration_code text,
  follow_up jsonb,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX reception_records_agency_idx ON reception_records (agency_code, on_date);

CREATE TABLE dialogues (
  id serial PRIMARY KEY,
  agency_code text NOT NULL REFERENCES agencies (code),
  on_date text NOT NULL CHECK (on_date ~ '^\d{4}-\d{2}-\d{2}$'),
  at_time text NOT NULL,
  leader_name text NOT NULL,
  leader_title text NOT NULL,
  topic text NOT NULL CHECK (length(topic) <= 500),
  place text NOT NULL,
  description text NOT NULL,
  minutes text,
  minutes_published boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL
);
CREATE INDEX dialogues_agency_idx ON dialogues (agency_code, on_date);

CREATE TABLE dialogue_questions (
  id serial PRIMARY KEY,
  dialogue_id integer NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
  full_name text NOT NULL,
  question text NOT NULL CHECK (length(question) <= 3000),
  created_at timestamptz NOT NULL
);

CREATE TABLE dialogue_commitments (
  id serial PRIMARY KEY,
  dialogue_id integer NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text text NOT NULL,
  responsible text NOT NULL,
  due_date text NOT NULL CHECK (due_date ~ '^\d{4}-\d{2}-\d{2}$'),
  state text NOT NULL CHECK (state IN ('open', 'in-progress', 'done')),
  done_on text CHECK (done_on IS NULL OR done_on ~ '^\d{4}-\d{2}-\d{2}$'),
  progress_note text NOT NULL
);

CREATE TABLE agency_contacts (
  agency_code text PRIMARY KEY REFERENCES agencies (code),
  hotline text NOT NULL,
  email text NOT NULL,
  persons jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);

-- One hash chain per agency: each entry's SHA-256 over its content and the previous entry's hash.
CREATE TABLE reception_log (
  agency_code text NOT NULL REFERENCES agencies (code),
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  actor jsonb,
  action text NOT NULL,
  data jsonb NOT NULL,
  hash text NOT NULL,
  prev_hash text,
  PRIMARY KEY (agency_code, seq)
);
