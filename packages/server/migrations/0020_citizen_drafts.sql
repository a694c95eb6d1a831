-- Issue 11, item 2: a citizen's online submission is a draft on the server until it is submitted, so it is
-- saved after each step and resumed on another device. The draft belongs to the citizen account (the ID
-- number the national e-ID vouched for); `version` grows with every change, and a change that names an
-- older version is refused (two devices never silently overwrite each other). Once submitted, the draft
-- keeps the dossier's code: a retry of the submission answers with the same dossier, never a second one.
-- Drafts are personal data that is not the record: the retention job purges them at `expires_at`
-- (pushed forward by each change; a submitted draft expires soon after its submission).
CREATE TABLE citizen_drafts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  id_number text NOT NULL REFERENCES citizen_accounts (id_number),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  procedure_code text NOT NULL,
  case_code text,
  receiving_agency_code text,
  applicant jsonb NOT NULL,
  step text NOT NULL DEFAULT 'case',
  submitted_code text,
  submitted_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX citizen_drafts_owner_idx ON citizen_drafts (id_number, updated_at DESC);
CREATE INDEX citizen_drafts_expires_idx ON citizen_drafts (expires_at);

-- A draft's attachments, one or several per dossier component, checked on upload as staff scans are (type
-- by magic number, 10 MB each; a PDF with active content is refused). They become the dossier's scan files
-- in the submission's transaction, and leave the draft then.
CREATE TABLE citizen_draft_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  draft_id uuid NOT NULL REFERENCES citizen_drafts (id) ON DELETE CASCADE,
  component_id text NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX citizen_draft_files_draft_idx ON citizen_draft_files (draft_id, uploaded_at);

-- The account a dossier was submitted from (null for the portal's and the counter's): "Hồ sơ của tôi" lists
-- these with the dossiers naming the citizen's ID number as applicant.
ALTER TABLE dossiers ADD COLUMN citizen_id_number text;
CREATE INDEX dossiers_citizen_idx ON dossiers (citizen_id_number) WHERE citizen_id_number IS NOT NULL;
