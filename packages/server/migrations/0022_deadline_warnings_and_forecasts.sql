-- Issue 11, items 4 and 5: deadline warnings to the officers and leaders, and the tracking page's forecast.
--
-- A staff account may give an e-mail address for its warnings (none: in-app only).
ALTER TABLE staff_accounts ADD COLUMN email text CHECK (email IS NULL OR length(email) <= 200);

-- One warning per (dossier, kind, due date): the primary key makes a second run, or a second node, write
-- nothing (INSERT … ON CONFLICT DO NOTHING), so its notices and outbox rows are written exactly once. A new
-- due date (an apology's) is a new warning.
CREATE TABLE deadline_warnings (
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  kind text NOT NULL CHECK (kind IN ('officer-warning', 'leader-warning')),
  due_date date NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (dossier_id, kind, due_date)
);

-- The in-app notices: one per warning and recipient, read when the officer opens it.
CREATE TABLE staff_notices (
  id bigserial PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff_accounts (id),
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  kind text NOT NULL,
  due_date date NOT NULL,
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  UNIQUE (staff_id, dossier_id, kind, due_date),
  FOREIGN KEY (dossier_id, kind, due_date) REFERENCES deadline_warnings (dossier_id, kind, due_date)
);
CREATE INDEX staff_notices_staff_idx ON staff_notices (staff_id, id DESC);

-- Each workflow step's actual durations (working days) in the finished dossiers of a case at an agency,
-- summarised by the forecast job (jobs/step-durations.ts): the public lookup reads these few rows, never
-- the dossiers.
CREATE TABLE step_duration_stats (
  procedure_code text NOT NULL,
  case_code text NOT NULL,
  agency_code text NOT NULL,
  step_key text NOT NULL,
  samples integer NOT NULL CHECK (samples > 0),
  median double precision NOT NULL,
  low double precision NOT NULL,
  high double precision NOT NULL,
  refreshed_at timestamptz NOT NULL,
  PRIMARY KEY (procedure_code, case_code, agency_code, step_key)
);
