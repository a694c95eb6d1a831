-- Limits a later law sets from its effective date ([{"effectiveFrom": "2027-01-01", "value": {"value": 15,
-- "unit": "working-days"}, "basis": "Nghị định …"}], in date order): a dossier takes the limit in force on
-- the day it comes in, recorded in its subject, so a change never moves an older one
-- (docs/domain/catalogue.md#limits-that-change).
ALTER TABLE procedure_cases ADD COLUMN limit_changes jsonb NOT NULL DEFAULT '[]';
