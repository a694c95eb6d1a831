-- Issue 13, item 1: the citizen's rating of a handled dossier (Decree 61 Arts. 30–32; docs/domain/evaluation.md).
-- One per dossier (the primary key: a second one is refused with 409). What it decided is frozen here: the
-- nine scores as they stood, the officers and agencies of the log it counts for, the officer who returned
-- the result.
CREATE TABLE dossier_ratings (
  dossier_id uuid PRIMARY KEY REFERENCES dossiers (id),
  satisfaction text NOT NULL CHECK (satisfaction IN ('dissatisfied', 'satisfied', 'very-satisfied')),
  indicators jsonb NOT NULL,
  comment text CHECK (comment IS NULL OR length(comment) <= 2000),
  channel text NOT NULL CHECK (channel IN ('kiosk', 'online', 'paper')),
  -- The officer who typed in a paper form (null online).
  entered_by uuid REFERENCES staff_accounts (id),
  scores jsonb NOT NULL,
  officers jsonb NOT NULL,
  agency_codes text[] NOT NULL,
  competent_agency_code text NOT NULL REFERENCES agencies (code),
  returned_by jsonb,
  rated_at timestamptz NOT NULL
);
CREATE INDEX dossier_ratings_agency_idx ON dossier_ratings (competent_agency_code, rated_at);
