-- Issue 10, item 3: a Form 02 slip the applicant came back to with the missing papers. The counter's intake
-- then received a dossier from it: its code and the server's time are kept with the slip (the dossier's
-- first entry names the slip too), so the day's list shows it answered and it cannot be taken twice.
ALTER TABLE counter_slips ADD COLUMN reopened_dossier_code text;
ALTER TABLE counter_slips ADD COLUMN reopened_at timestamptz;
ALTER TABLE counter_slips
  ADD CONSTRAINT counter_slips_reopened_check CHECK ((reopened_dossier_code IS NULL) = (reopened_at IS NULL));
-- The day's slips of one counter (GET /api/counter-slips?date=).
CREATE INDEX counter_slips_agency_issued_idx ON counter_slips (agency_code, issued_at);
