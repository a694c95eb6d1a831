-- Catalogue corrections (issue 8, items 5 and 8; docs/domain/catalogue.md).
-- A procedure says whether waiting for a payment stops the clock, and which law says so. Existing land
-- procedures keep stopping it (Decree 101/2024 leaves the financial-obligation time out of the limit);
-- every other procedure does not, until a catalogue import names its law. Dossiers already received read
-- the rule from their recorded subject, which this does not touch.
ALTER TABLE procedures
  ADD COLUMN payment_stops_clock boolean NOT NULL DEFAULT false,
  ADD COLUMN payment_stops_clock_basis text NOT NULL DEFAULT '';
UPDATE procedures
  SET payment_stops_clock = true, payment_stops_clock_basis = 'Nghị định số 101/2024/NĐ-CP'
  WHERE field = 'Đất đai';

-- A case's limit per submission channel ({"online": {"value": 17, "unit": "working-days"}, …}), the
-- conditions under which the law extends it, whether a later date may be agreed in writing, and whether its
-- fees await the provincial council's figure.
ALTER TABLE procedure_cases
  ADD COLUMN channel_limits jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN extensions jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN agreed_extension boolean NOT NULL DEFAULT false,
  ADD COLUMN fee_status text NOT NULL DEFAULT 'set' CHECK (fee_status IN ('set', 'provincial-to-set'));
