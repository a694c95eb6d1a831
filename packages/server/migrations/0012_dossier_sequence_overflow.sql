-- A counter's daily numbers no longer run out at 9,999 (issue 9, item 6): past it the code's last four places
-- continue with letters (core's sequencePlaces, docs/domain/codes-and-identity.md), up to 953,295 a day.
-- The check keeps the table to what core can write; the constraint is the one 0002 created unnamed.
ALTER TABLE dossier_code_sequences DROP CONSTRAINT dossier_code_sequences_last_value_check;
ALTER TABLE dossier_code_sequences
  ADD CONSTRAINT dossier_code_sequences_last_value_check CHECK (last_value BETWEEN 1 AND 953295);
