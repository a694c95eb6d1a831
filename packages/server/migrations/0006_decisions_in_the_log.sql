-- Log format 2: every entry records what was decided then (docs/adr/0004-decisions-in-the-log.md).
--
-- Logs written before this migration (format 1) recorded only the action, and every read re-derived the due
-- date from the catalogue and calendar of that day. Reinterpreting them now would be exactly the defect this
-- format removes, so they are archived as they are, untouched and still verifiable by their hash chain, and
-- leave the live tables. No release carried format 1: only development and demo databases hold any.
CREATE TABLE archived_dossiers_v1 AS SELECT * FROM dossiers;
CREATE TABLE archived_dossier_actions_v1 AS SELECT * FROM dossier_actions;
CREATE TABLE archived_dossier_files_v1 AS SELECT * FROM dossier_files;
DELETE FROM dossier_files;
DELETE FROM dossier_actions;
DELETE FROM dossiers;

-- When the server wrote each entry (hashed with it), beside the business time `at`: back-dating shows.
ALTER TABLE dossier_actions ADD COLUMN recorded_at timestamptz NOT NULL;

-- Cached from the log: the procedure's name as received, and from which day the dossier counts as overdue
-- or due soon (core's deadlineMarks), so the queues need no rule of their own.
ALTER TABLE dossiers
  ADD COLUMN procedure_name text NOT NULL,
  ADD COLUMN overdue_from date,
  ADD COLUMN due_soon_from date,
  ALTER COLUMN workflow_id SET NOT NULL;
DROP INDEX dossiers_due_date_idx;
CREATE INDEX dossiers_due_date_idx ON dossiers (due_date);
CREATE INDEX dossiers_overdue_from_idx ON dossiers (overdue_from) WHERE overdue_from IS NOT NULL;
CREATE INDEX dossiers_due_soon_from_idx ON dossiers (due_soon_from) WHERE due_soon_from IS NOT NULL;

-- A catalogue import retires the cases a file no longer lists instead of deleting them.
ALTER TABLE procedure_cases ADD COLUMN retired_at timestamptz;

-- Who signs: the title of an agency's head ('Chủ tịch', 'Giám đốc') and each officer's own title.
ALTER TABLE agencies ADD COLUMN head_title text NOT NULL DEFAULT '';
ALTER TABLE staff_accounts ADD COLUMN title text NOT NULL DEFAULT '';
