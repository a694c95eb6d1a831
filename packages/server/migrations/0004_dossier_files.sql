-- Files of a dossier: the counter's scans of its components and the signed result. Kept in the database with
-- the dossier (one backup, one transaction); the SHA-256 of a signed result is also written into the
-- hash-chained log when the result is issued.
CREATE TABLE dossier_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  kind text NOT NULL CHECK (kind IN ('scan', 'result')),
  component_id text,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by jsonb NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_files_dossier_idx ON dossier_files (dossier_id, uploaded_at);
