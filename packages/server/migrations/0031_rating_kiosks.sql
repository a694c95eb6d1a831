-- Issue 13, item 1: the counter's rating tablet (kiosk). A tablet is paired with a counter once (its key is
-- shown once; only its SHA-256 is kept); the officer who hands over a result invites the citizen to rate that
-- dossier on it (one invitation per tablet at a time, short-lived), and the rating records the tablet and
-- that officer.
CREATE TABLE rating_kiosks (
  id uuid PRIMARY KEY,
  agency_code text NOT NULL REFERENCES agencies (code),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  key_hash text NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
  created_by uuid NOT NULL REFERENCES staff_accounts (id),
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX rating_kiosks_agency_idx ON rating_kiosks (agency_code);

CREATE TABLE rating_invitations (
  kiosk_id uuid PRIMARY KEY REFERENCES rating_kiosks (id),
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  officer jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);

ALTER TABLE dossier_ratings ADD COLUMN kiosk_id uuid REFERENCES rating_kiosks (id);
ALTER TABLE dossier_ratings ADD COLUMN invited_by jsonb;
