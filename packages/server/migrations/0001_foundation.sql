-- Foundation: search extensions, administrative units and agencies, the procedure catalogue, staff accounts
-- and sessions, and admin-entered calendar years. Portable to PostgreSQL 15 and PGlite.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- Folding for diacritics-insensitive search ("dang ky khai sinh" finds "Đăng ký khai sinh"). unaccent() is
-- only STABLE; pinning the dictionary makes this wrapper safe to declare IMMUTABLE for generated columns.
CREATE FUNCTION motcua_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

CREATE TEXT SEARCH CONFIGURATION motcua_vi (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION motcua_vi
  ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart, numword, numhword
  WITH public.unaccent, simple;

-- Administrative units carry effective dates and successor links: the 2025 reform merged provinces and
-- communes and abolished districts, and old dossiers keep the unit that received them.
CREATE TABLE admin_units (
  code text PRIMARY KEY,
  name text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('province', 'commune', 'ward', 'special-zone', 'district')),
  parent_code text REFERENCES admin_units (code),
  effective_from date NOT NULL,
  effective_to date,
  successor_code text REFERENCES admin_units (code),
  note text NOT NULL DEFAULT '',
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE TABLE agencies (
  code text PRIMARY KEY,
  name text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  kind text NOT NULL,
  unit_code text NOT NULL REFERENCES admin_units (code),
  parent_code text REFERENCES agencies (code),
  identifier text NOT NULL,
  address text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  -- Per-centre office hours: {"sessions":[{"start":450,"end":690},...],"sameDayCutoff":900} (minutes).
  office_hours jsonb,
  effective_from date NOT NULL,
  effective_to date
);
CREATE INDEX agencies_unit_code_idx ON agencies (unit_code);
CREATE INDEX agencies_parent_code_idx ON agencies (parent_code);

CREATE TABLE procedures (
  code text PRIMARY KEY,
  name text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  field text NOT NULL,
  field_en text NOT NULL DEFAULT '',
  level text NOT NULL CHECK (level IN ('province', 'commune')),
  agency_kind text NOT NULL,
  online_service text NOT NULL CHECK (online_service IN ('full', 'partial', 'none')),
  postal boolean NOT NULL DEFAULT false,
  result text NOT NULL DEFAULT '',
  result_en text NOT NULL DEFAULT '',
  subjects text NOT NULL DEFAULT '',
  requirements text NOT NULL DEFAULT '',
  steps jsonb NOT NULL DEFAULT '[]',
  submission jsonb NOT NULL DEFAULT '[]',
  legal_basis jsonb NOT NULL DEFAULT '[]',
  source text NOT NULL DEFAULT '',
  notes text NOT NULL DEFAULT '',
  name_folded text GENERATED ALWAYS AS (motcua_fold(name)) STORED,
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('motcua_vi'::regconfig, name), 'A') ||
    setweight(to_tsvector('motcua_vi'::regconfig, code || ' ' || field), 'B') ||
    setweight(to_tsvector('motcua_vi'::regconfig, name_en || ' ' || result), 'C')
  ) STORED,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX procedures_search_idx ON procedures USING gin (search_vector);
CREATE INDEX procedures_name_trgm_idx ON procedures USING gin (name_folded gin_trgm_ops);
CREATE INDEX procedures_field_idx ON procedures (field);

CREATE TABLE procedure_cases (
  procedure_code text NOT NULL REFERENCES procedures (code) ON DELETE CASCADE,
  code text NOT NULL,
  position integer NOT NULL,
  name text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  time_limit_value integer NOT NULL CHECK (time_limit_value >= 0),
  time_limit_unit text NOT NULL
    CHECK (time_limit_unit IN ('working-days', 'working-hours', 'same-day', 'calendar-days')),
  fees jsonb NOT NULL DEFAULT '[]',
  fee_note text NOT NULL DEFAULT '',
  PRIMARY KEY (procedure_code, code)
);

CREATE TABLE dossier_components (
  procedure_code text NOT NULL,
  case_code text NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  name text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  form text NOT NULL,
  quantity integer NOT NULL CHECK (quantity >= 1),
  required boolean NOT NULL,
  template text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  PRIMARY KEY (procedure_code, case_code, id),
  FOREIGN KEY (procedure_code, case_code) REFERENCES procedure_cases (procedure_code, code) ON DELETE CASCADE
);

CREATE TABLE catalogue_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  file_name text NOT NULL,
  procedure_count integer NOT NULL
);

CREATE TABLE staff_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  full_name text NOT NULL,
  password_hash text NOT NULL,
  roles text[] NOT NULL,
  agency_code text NOT NULL REFERENCES agencies (code),
  is_demo boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  data jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

-- Years the Government decided (Tết window, swaps) entered by admins; they override the shipped schedules.
CREATE TABLE calendar_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2199),
  source text NOT NULL,
  days jsonb NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE site_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
