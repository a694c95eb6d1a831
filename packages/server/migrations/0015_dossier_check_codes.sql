-- Issue 9, item 10: the check code printed on the receipt beside the dossier's code; the public lookup shows
-- more than the status only with it. Chosen at random at intake and recorded in the dossier's first log entry;
-- this column caches it for the lookup. Dossiers received before have none (NULL): their first entries
-- cannot gain one without rewriting the hash chain, and their printed receipts carry none, so the lookup
-- shows them the status only (docs/security.md, "Enumerating the public lookup").
ALTER TABLE dossiers ADD COLUMN check_code text
  CONSTRAINT dossiers_check_code_check CHECK (check_code ~ '^[0-9A-HJKMNP-TV-Z]{6}$');
