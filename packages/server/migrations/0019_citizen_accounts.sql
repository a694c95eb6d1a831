-- Issue 11, item 1: citizens sign in with the national e-ID (VNeID-style OpenID Connect). Their accounts and
-- sessions live apart from staff's (own table, own cookie), so a citizen cookie never opens a staff route.
-- The account is keyed by the 12-digit personal ID number the IdP vouches for; each login updates the name,
-- birth date and phone from the IdP's claims and records by whom and at which assurance level (LoA) it was
-- authenticated, so a later online dossier copies that into its first log entry (766 indicator 4.5).
CREATE TABLE citizen_accounts (
  id_number text PRIMARY KEY CHECK (id_number ~ '^[0-9]{12}$'),
  full_name text NOT NULL,
  birth_date date,
  phone text,
  identity_provider text NOT NULL,
  subject text NOT NULL,
  assurance text NOT NULL,
  national_eid boolean NOT NULL,
  first_login_at timestamptz NOT NULL,
  last_login_at timestamptz NOT NULL
);
-- The cookie holds a random token; only its SHA-256 is stored, so a copy of the table opens no session.
CREATE TABLE citizen_sessions (
  token_hash text PRIMARY KEY,
  id_number text NOT NULL REFERENCES citizen_accounts (id_number),
  identity_provider text NOT NULL,
  assurance text NOT NULL,
  national_eid boolean NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX citizen_sessions_expires_idx ON citizen_sessions (expires_at);
