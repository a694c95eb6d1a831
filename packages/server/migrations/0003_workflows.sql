-- Workflows (quy trình) per procedure case, edited by admins; a dossier keeps the copy it was received
-- under. No foreign key to procedure_cases: the catalogue importer replaces a procedure's cases, and an
-- admin's workflow must survive a re-import (it is re-checked against the case's time limit at intake).
CREATE TABLE case_workflows (
  procedure_code text NOT NULL REFERENCES procedures (code) ON DELETE CASCADE,
  case_code text NOT NULL,
  steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  PRIMARY KEY (procedure_code, case_code)
);

-- A workflow resolved to agency codes, as dossiers were received under it: immutable, keyed by the SHA-256
-- of its JSON, so the thousands of dossiers received under the same one share a row.
CREATE TABLE workflow_versions (
  id text PRIMARY KEY,
  steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The dossier's own workflow, where it is now, every agency taking part (who may see it), and when its
-- current wait for the applicant began (the clock is stopped from then).
ALTER TABLE dossiers
  ADD COLUMN workflow_id text REFERENCES workflow_versions (id),
  ADD COLUMN current_step_key text,
  ADD COLUMN current_agency_code text REFERENCES agencies (code),
  ADD COLUMN participating_agency_codes text[] NOT NULL DEFAULT '{}',
  ADD COLUMN paused_at timestamptz;

UPDATE dossiers
SET participating_agency_codes = ARRAY[receiving_agency_code, competent_agency_code],
    current_agency_code = CASE WHEN status_code = 2 THEN receiving_agency_code
                               WHEN status_code IN (4, 5, 6) THEN competent_agency_code END;

CREATE INDEX dossiers_participating_idx ON dossiers USING gin (participating_agency_codes);
CREATE INDEX dossiers_current_agency_idx ON dossiers (current_agency_code, status_code);
