-- Issue 12, item 3: anonymous reports of bribery and unlawful demands, owned by the provincial inspectorate.
--
-- Nothing here identifies the sender (docs/domain/anonymous-reports.md, docs/security.md "Anonymous
-- reports"): no address, user agent, cookie or session, no instant of receipt (only its date, in Vietnamese
-- time, so the row cannot be matched by time against a proxy's access log), no sequential number (the id is
-- random, so neither it nor the list's order gives the order of arrival), and the receipt code only as its
-- SHA-256 (the reporter holds the code; the database cannot give it back).
CREATE TABLE anonymous_reports (
  id uuid PRIMARY KEY,
  receipt_hash text NOT NULL UNIQUE CHECK (receipt_hash ~ '^[0-9a-f]{64}$'),
  received_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('bribe-asked', 'extra-papers', 'harassment', 'other')),
  agency_code text REFERENCES agencies (code),
  -- The catalogue may retire a procedure's code; the report keeps the code it named.
  procedure_code text CHECK (procedure_code IS NULL OR length(procedure_code) <= 40),
  occurred_on date,
  counter_text text CHECK (counter_text IS NULL OR length(counter_text) <= 200),
  content text NOT NULL CHECK (length(content) BETWEEN 1 AND 5000),
  -- The latest reduction of the log below (core/src/reports/handling.ts), written in the same transaction.
  status text NOT NULL CHECK (
    status IN ('received', 'verifying', 'verified', 'not-substantiated', 'transferred', 'closed')
  ),
  outcome text NOT NULL CHECK (outcome IN ('pending', 'verified', 'not-substantiated', 'transferred')),
  transferred_to text REFERENCES agencies (code),
  answer_text text,
  answer_on date
);
CREATE INDEX anonymous_reports_received_idx ON anonymous_reports (received_on DESC, id);
CREATE INDEX anonymous_reports_status_idx ON anonymous_reports (status);

-- The handling log, hash-chained like dossier_actions. The first entry (receive) has its date only and no
-- actor; the inspectors' entries carry their instant and name (officials are accountable, reporters not).
CREATE TABLE anonymous_report_actions (
  report_id uuid NOT NULL REFERENCES anonymous_reports (id),
  seq integer NOT NULL CHECK (seq >= 1),
  on_date date NOT NULL,
  at timestamptz,
  actor jsonb,
  action text NOT NULL,
  text text,
  agency_code text,
  hash text NOT NULL,
  prev_hash text,
  PRIMARY KEY (report_id, seq),
  CHECK ((seq = 1) = (action = 'receive')),
  CHECK (action <> 'receive' OR (at IS NULL AND actor IS NULL))
);
