-- Issue 9, item 9: a counter intake dated to an earlier day (recorded offline) is not received at once. It is
-- held here, the body as sent, until a leader of the counter's body (or a centre supervisor) approves it
-- (it is then received through the ordinary use case, at the claimed time) or rejects it. held_at and
-- decided_at are the server's own times; the claimed time is the officer's.
CREATE TABLE held_intakes (
  id uuid PRIMARY KEY,
  agency_code text NOT NULL REFERENCES agencies (code),
  body jsonb NOT NULL,
  claimed_received_at timestamptz NOT NULL,
  reason text NOT NULL CHECK (reason <> ''),
  officer jsonb NOT NULL,
  held_at timestamptz NOT NULL,
  decision text CHECK (decision IN ('approved', 'rejected')),
  decided_by jsonb,
  decided_at timestamptz,
  decision_reason text,
  dossier_code text,
  CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX held_intakes_pending_idx ON held_intakes (agency_code, held_at) WHERE decision IS NULL;
